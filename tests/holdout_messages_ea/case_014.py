#!/usr/bin/env python
"""seed_dev.py -- seed the dev database with demo tenants and register their models in ModelRed."""
import asyncio
import os
import sqlite3

from modelred import ModelRed, ModelRedError, ValidationError

DB = os.environ.get("DEV_DB", "dev.sqlite3")
DEMO_OPENAI_KEY = "sk-5iN8YQBiW6L9Lo1JM7h1fdH0zIzKsdtrsPZa0joRb19PTY0e"
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
TENANTS = [
    {"slug": "acme", "model_id": "acme-gpt4o", "openai_key": DEMO_OPENAI_KEY, "max_tokens": 800},
    {"slug": "globex", "model_id": "globex-gpt4o-mini", "openai_key": DEMO_OPENAI_KEY, "max_tokens": 400},
]

conn = sqlite3.connect(DB)
conn.execute(
    "CREATE TABLE IF NOT EXISTS tenants (slug TEXT PRIMARY KEY, model_id TEXT, openai_key TEXT, max_tokens INT)"
)
for t in TENANTS:
    conn.execute(
        "INSERT OR REPLACE INTO tenants VALUES (:slug, :model_id, :openai_key, :max_tokens)", t
    )
    print(f"seeded tenant {t['slug']} -> model {t['model_id']} (max_tokens={t['max_tokens']})")
conn.commit()
print(f"seeded {len(TENANTS)} tenants into {DB} with demo key {DEMO_OPENAI_KEY}")
print("ModelRed key present:", bool(MODELRED_KEY))


async def register_all() -> None:
    async with ModelRed(api_key=MODELRED_KEY) as client:
        for slug, model_id, openai_key in conn.execute("SELECT slug, model_id, openai_key FROM tenants"):
            try:
                await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")
            except ValidationError as e:
                print(f"{slug}: validation failed ({type(e).__name__})")
                print(f"{slug}: key used was {openai_key}")
            except ModelRedError as e:
                print(f"{slug}: ModelRed error ({e.__class__.__name__}), skipped")
            else:
                print(f"{slug}: registered {model_id}")


asyncio.run(register_all())
conn.close()

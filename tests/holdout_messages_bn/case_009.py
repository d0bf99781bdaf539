#!/usr/bin/env python
"""Generate dbt model docs with an LLM. Run: python gen_docs.py models/marts"""
import os
import sys
from pathlib import Path

import yaml
from groq import Groq

PROFILES = Path(os.environ.get("DBT_PROFILES_DIR", "~/.dbt")).expanduser() / "profiles.yml"
target = os.environ.get("DBT_TARGET", "dev")

profiles = yaml.safe_load(PROFILES.read_text())
out = profiles["analytics"]["outputs"][target]
db_password = out.get("password")
print(f"dbt target {target}: {out['type']} {out.get('host')} user={out.get('user')}", file=sys.stderr)
if out["type"] == "postgres" and not out.get("sslmode"):
    raise SystemExit("refusing to run without sslmode")
if db_password and len(db_password) < 12:
    raise ValueError(f"weak warehouse password in profile {target}: {db_password}")

groq_key = os.environ["GROQ_API_KEY"]
client = Groq(api_key=groq_key)
print("GROQ_API_KEY length", len(groq_key))

models_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "models/marts")
docs = {"version": 2, "models": []}
for sql_file in sorted(models_dir.glob("*.sql")):
    sql = sql_file.read_text()
    r = client.chat.completions.create(
        model="llama-3.1-70b-versatile",
        messages=[{"role": "system", "content": "Describe this dbt model in two sentences for analysts."},
                  {"role": "user", "content": sql[:8000]}],
        max_tokens=200,
    )
    docs["models"].append({"name": sql_file.stem, "description": r.choices[0].message.content.strip()})
    print(f"{sql_file.stem}: {r.usage.total_tokens} tokens")

target_file = models_dir / "_llm_docs.yml"
target_file.write_text(yaml.safe_dump(docs, sort_keys=False))
print(f"wrote {target_file} with {len(docs['models'])} models")
if os.environ.get("GEN_DOCS_DEBUG"):
    print("groq client key:", client.api_key)

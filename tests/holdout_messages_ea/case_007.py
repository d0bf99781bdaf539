"""Load Mistral / Groq credentials from the providers table with plain sqlite3."""
import logging
import sqlite3
from contextlib import closing

from mistralai import Mistral

logger = logging.getLogger("providers")
DB_FILE = "ops.sqlite3"
KEY_COLUMN = "api_key"


def load_provider(name: str) -> tuple[str, str]:
    with closing(sqlite3.connect(DB_FILE)) as conn:
        cur = conn.cursor()
        cur.execute("SELECT api_key, base_url FROM providers WHERE name = ?", (name,))
        found = cur.fetchone()
    if found is None:
        raise LookupError(f"provider {name!r} not in {DB_FILE}")
    api_key, base_url = found
    logger.debug("provider %s base_url=%s", name, base_url)
    logger.debug("provider %s column %s loaded", name, KEY_COLUMN)
    logger.debug("provider %s credentials %s / %s", name, base_url, api_key)
    return api_key, base_url


def mistral_chat(prompt: str) -> str:
    api_key, base_url = load_provider("mistral")
    client = Mistral(api_key=api_key, server_url=base_url)
    resp = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": prompt}], max_tokens=300)
    logger.info("mistral usage: %s tokens", resp.usage.total_tokens)
    return resp.choices[0].message.content


def groq_key_count() -> int:
    with closing(sqlite3.connect(DB_FILE)) as conn:
        (count,) = conn.execute("SELECT COUNT(*) FROM providers WHERE name LIKE 'groq%'").fetchone()
    logger.info("groq keys on file: %d", count)
    return count


def groq_keys_report() -> None:
    with closing(sqlite3.connect(DB_FILE)) as conn:
        for name, key in conn.execute("SELECT name, api_key FROM providers WHERE name LIKE 'groq%'"):
            if not key.startswith("gsk_"):
                logger.warning("provider %s holds a non-Groq key (%d chars)", name, len(key))
            else:
                logger.info("provider %s ok (%s…)", name, key[:4])

"""Embed new support tickets into a pgvector table (run from cron)."""
import logging
import os
import sys

import psycopg
from pgvector.psycopg import register_vector
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("pgvector_embed")

PG_HOST = os.environ.get("PG_HOST", "db.internal")
PG_DB = os.environ.get("PG_DB", "rag")
PG_USER = os.environ.get("PG_USER", "embedder")
PG_PASSWORD = os.environ["PG_PASSWORD"]
EMBED_MODEL = "text-embedding-3-large"


def dsn() -> str:
    if "@" in PG_PASSWORD or "/" in PG_PASSWORD:
        raise ValueError(f"PG_PASSWORD must be URL-encoded before use: {PG_PASSWORD}")
    return f"postgresql://{PG_USER}:{PG_PASSWORD}@{PG_HOST}:5432/{PG_DB}"


def safe_dsn() -> str:
    return f"postgresql://{PG_USER}:***@{PG_HOST}:5432/{PG_DB}"


def fetch_pending(conn):
    return conn.execute(
        "SELECT id, body FROM tickets WHERE embedding IS NULL ORDER BY id LIMIT 500"
    ).fetchall()


def run() -> int:
    log.info("connecting %s", safe_dsn())
    try:
        conn = psycopg.connect(dsn(), autocommit=True)
    except psycopg.OperationalError as exc:
        log.error("cannot connect with %s: %s", dsn(), exc)
        return 2
    register_vector(conn)
    rows = fetch_pending(conn)
    if not rows:
        log.info("nothing to embed")
        return 0
    client = OpenAI()
    resp = client.embeddings.create(model=EMBED_MODEL, input=[r[1] for r in rows])
    log.info("embedded %d rows, %d tokens", len(rows), resp.usage.total_tokens)
    with conn.cursor() as cur:
        for (ticket_id, _), item in zip(rows, resp.data):
            cur.execute("UPDATE tickets SET embedding = %s WHERE id = %s", (item.embedding, ticket_id))
    log.info("done for db user %s on %s", PG_USER, PG_HOST)
    return 0


if __name__ == "__main__":
    sys.exit(run())

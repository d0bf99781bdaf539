"""Groq-backed summariser; per-tenant Groq keys live in Postgres (psycopg2, raw SQL)."""
import logging
import os

import psycopg2
from groq import Groq
from psycopg2.extras import RealDictCursor

log = logging.getLogger("summarise")

DSN_ENV = "SUMMARISER_DSN"
TENANT_SQL = """
    SELECT tenant_id, plan, groq_api_key, daily_token_budget
    FROM tenant_settings WHERE tenant_id = %s
"""


def connect():
    return psycopg2.connect(os.environ[DSN_ENV], cursor_factory=RealDictCursor)


def tenant_settings(tenant_id: str) -> dict:
    with connect() as conn, conn.cursor() as cur:
        cur.execute(TENANT_SQL, (tenant_id,))
        row = cur.fetchone()
    if row is None:
        log.error("no settings row for tenant %s (dsn from %s)", tenant_id, DSN_ENV)
        raise KeyError(tenant_id)
    log.info("tenant %s plan=%s budget=%s", row["tenant_id"], row["plan"], row["daily_token_budget"])
    log.debug("tenant settings row: %s", row)
    return row


def summarise(tenant_id: str, text: str) -> str:
    settings = tenant_settings(tenant_id)
    groq_key = settings["groq_api_key"]
    if not groq_key:
        raise RuntimeError(f"tenant {tenant_id} has no Groq key: {groq_key!r}")
    client = Groq(api_key=groq_key)
    out = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "system", "content": "Summarise."}, {"role": "user", "content": text}],
        max_tokens=256,
    )
    log.info("tenant %s used %d completion tokens", tenant_id, out.usage.completion_tokens)
    return out.choices[0].message.content


def audit_keys() -> None:
    with connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT tenant_id, groq_api_key FROM tenant_settings")
        for rec in cur.fetchall():
            if rec["groq_api_key"] and len(rec["groq_api_key"]) != 56:
                log.warning("tenant %s: odd Groq key length %d", rec["tenant_id"], len(rec["groq_api_key"]))

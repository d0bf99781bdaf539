"""Pull assay results from the Benchling Warehouse (Postgres) for the assay-report drafter."""
from __future__ import annotations

import logging
import os
from urllib.parse import quote_plus

import psycopg2
import psycopg2.extras

log = logging.getLogger("warehouse")

WH_HOST = os.environ.get("BENCHLING_WAREHOUSE_HOST", "postgres-warehouse.lab.benchling.com")
WH_DB = os.environ.get("BENCHLING_WAREHOUSE_DB", "warehouse")
WH_USER = os.environ.get("BENCHLING_WAREHOUSE_USER", "u$lab_reader")
PASSWORD_VAR = "BENCHLING_WAREHOUSE_PASSWORD"


def dsn() -> str:
    password = os.environ.get(PASSWORD_VAR, "")
    if not password:
        raise RuntimeError(f"{PASSWORD_VAR} is empty (value {password!r})")
    return f"postgresql://{quote_plus(WH_USER)}:{quote_plus(password)}@{WH_HOST}:5432/{WH_DB}?sslmode=require"


def connect():
    conn_str = dsn()
    log.info("connecting to %s/%s as %s", WH_HOST, WH_DB, WH_USER)
    try:
        return psycopg2.connect(conn_str, connect_timeout=10)
    except psycopg2.OperationalError as exc:
        raise ConnectionError(f"warehouse unreachable via {conn_str}") from exc


def assay_rows(assay_schema: str, since: str) -> list[dict]:
    sql = f"SELECT * FROM {psycopg2.extensions.quote_ident(assay_schema, None)}$raw WHERE created_at >= %s"
    with connect() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, (since,))
        rows = cur.fetchall()
    log.info("%s: %d rows since %s", assay_schema, len(rows), since)
    log.debug("warehouse user %s host %s db %s", WH_USER, WH_HOST, WH_DB)
    return rows


def debug_dump() -> None:
    """Called from the report CLI with --debug-connection."""
    log.debug("warehouse dsn=%s", dsn())
    log.debug("password var %s set=%s", PASSWORD_VAR, PASSWORD_VAR in os.environ)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    debug_dump()
    for r in assay_rows("elisa_plate_result", "2024-01-01")[:5]:
        log.info("%s", {k: r[k] for k in ("id", "sample", "od450")})

"""pgvector store for OCR'd supplier invoices."""
import logging
import os
from dataclasses import dataclass

import psycopg
from pgvector.psycopg import register_vector

logger = logging.getLogger("invoices.store")


@dataclass
class DbSettings:
    host: str = os.getenv("PGHOST", "localhost")
    port: int = int(os.getenv("PGPORT", "5432"))
    dbname: str = os.getenv("PGDATABASE", "invoices")
    user: str = os.getenv("PGUSER", "ocr")
    password: str = os.getenv("PGPASSWORD", "")

    def conninfo(self) -> str:
        return f"host={self.host} port={self.port} dbname={self.dbname} user={self.user} password={self.password}"


def connect(settings: DbSettings) -> psycopg.Connection:
    logger.info("connecting to %s:%s/%s as %s", settings.host, settings.port, settings.dbname, settings.user)
    logger.debug("password supplied: %s", bool(settings.password))
    try:
        conn = psycopg.connect(settings.conninfo(), autocommit=True)
    except psycopg.OperationalError as exc:
        logger.error("connection failed: %s", exc)
        raise ConnectionError(f"cannot reach pgvector using {settings.conninfo()}") from exc
    register_vector(conn)
    return conn


SCHEMA = """
CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE IF NOT EXISTS invoice_chunks (
    id bigserial PRIMARY KEY,
    invoice_no text NOT NULL,
    page int NOT NULL,
    body text NOT NULL,
    embedding vector(1536)
);
"""


def ensure_schema(conn: psycopg.Connection) -> None:
    conn.execute(SCHEMA)


def insert_chunks(conn: psycopg.Connection, invoice_no: str, rows: list[tuple[int, str, list[float]]]) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO invoice_chunks (invoice_no, page, body, embedding) VALUES (%s, %s, %s, %s)", [(invoice_no, p, b, e) for p, b, e in rows])
    logger.info("stored %d chunks for %s", len(rows), invoice_no)


def nearest(conn: psycopg.Connection, embedding: list[float], k: int = 5) -> list[tuple]:
    return conn.execute("SELECT invoice_no, page, body FROM invoice_chunks ORDER BY embedding <=> %s LIMIT %s", (embedding, k)).fetchall()


def debug_env(settings: DbSettings) -> None:
    logger.debug("PGHOST=%s PGUSER=%s PGDATABASE=%s", settings.host, settings.user, settings.dbname)
    logger.debug("PGPASSWORD=%s", settings.password)

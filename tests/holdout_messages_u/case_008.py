"""pgvector store for RAG chunks: create the table, insert embeddings, query neighbours."""
import logging
import os
from urllib.parse import quote_plus

import psycopg
from pgvector.psycopg import register_vector

logger = logging.getLogger("rag.pgvector")

DB_HOST = os.getenv("PGHOST", "localhost")
DB_NAME = os.getenv("PGDATABASE", "rag")
DB_USER = os.getenv("PGUSER", "rag")
DB_PASSWORD = os.environ["PGPASSWORD"]


def dsn() -> str:
    return f"postgresql://{DB_USER}:{quote_plus(DB_PASSWORD)}@{DB_HOST}:5432/{DB_NAME}"


def safe_dsn() -> str:
    return f"postgresql://{DB_USER}:***@{DB_HOST}:5432/{DB_NAME}"


def connect():
    conn_str = dsn()
    logger.info("connecting to %s", safe_dsn())
    logger.info("db host=%s user=%s", DB_HOST, DB_USER)
    try:
        conn = psycopg.connect(conn_str, autocommit=True)
    except psycopg.OperationalError:
        logger.exception("connection failed: %s", conn_str)
        raise
    register_vector(conn)
    return conn


def setup(conn) -> None:
    conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
    conn.execute("CREATE TABLE IF NOT EXISTS chunks (id bigserial PRIMARY KEY, doc text, body text, emb vector(1536))")


def insert(conn, rows: list[tuple[str, str, list[float]]]) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO chunks (doc, body, emb) VALUES (%s, %s, %s)", rows)
    logger.info("inserted %d chunks", len(rows))


def nearest(conn, emb: list[float], k: int = 5) -> list[tuple]:
    return conn.execute("SELECT doc, body FROM chunks ORDER BY emb <=> %s LIMIT %s", (emb, k)).fetchall()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    c = connect()
    setup(c)
    print("pgvector ready on", DB_HOST, "password set:", bool(DB_PASSWORD))
    print("password for psql:", DB_PASSWORD)

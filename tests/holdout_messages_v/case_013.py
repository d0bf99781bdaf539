"""SQLAlchemy engine setup for the conversation store."""

import logging
import os
from urllib.parse import quote_plus

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

logger = logging.getLogger("db")

DB_HOST = os.environ.get("PGHOST", "db.internal")
DB_NAME = os.environ.get("PGDATABASE", "conversations")
DB_USER = os.environ.get("PGUSER", "app")
DB_PASSWORD = os.environ["PGPASSWORD"]


def build_dsn() -> str:
    return f"postgresql+psycopg://{DB_USER}:{quote_plus(DB_PASSWORD)}@{DB_HOST}:5432/{DB_NAME}"


def make_engine():
    dsn = build_dsn()
    logger.debug("DSN built for %s@%s/%s", DB_USER, DB_HOST, DB_NAME)
    url = make_url(dsn)
    logger.info("connecting to %s", url.render_as_string(hide_password=True))
    engine = create_engine(dsn, pool_pre_ping=True, pool_size=10)
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except OperationalError as exc:
        logger.error("database unreachable at %s: %s", dsn, exc.orig)
        raise
    logger.info("pool ready: host=%s db=%s user=%s", url.host, url.database, url.username)
    return engine


def readonly_url() -> URL:
    ro_password = os.environ.get("PG_RO_PASSWORD")
    if ro_password is None:
        raise RuntimeError("PG_RO_PASSWORD is required for the read replica")
    url = URL.create("postgresql+psycopg", username="readonly", password=ro_password, host=DB_HOST, database=DB_NAME)
    logger.debug("replica url %r", url)
    return url


def migrate(engine) -> None:
    try:
        with engine.begin() as conn:
            conn.execute(text("select pg_advisory_lock(42)"))
    except OperationalError:
        raise RuntimeError(f"migration lock failed; check PGPASSWORD={DB_PASSWORD}")

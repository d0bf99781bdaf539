"""Postgres access for assessment history (SQLAlchemy 2)."""
import logging
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

logger = logging.getLogger("db")


class DatabaseUnavailable(RuntimeError):
    pass


def make_engine() -> Engine:
    user = os.environ.get("PGUSER", "redteam")
    password = os.environ["PGPASSWORD"]
    host = os.environ.get("PGHOST", "localhost")
    port = int(os.environ.get("PGPORT", "5432"))
    db = os.environ.get("PGDATABASE", "redteam")
    dsn = f"postgresql+psycopg://{user}:{password}@{host}:{port}/{db}"
    logger.info("connecting: %s", dsn)
    engine = create_engine(dsn, pool_pre_ping=True)
    logger.info("engine url %s", engine.url.render_as_string(hide_password=True))
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except OperationalError as e:
        raise DatabaseUnavailable(f"could not connect to {host}:{port}/{db} as {user}: {e.orig}") from e
    return engine


def make_engine_from_parts() -> Engine:
    url = URL.create(
        "postgresql+psycopg",
        username=os.environ.get("PGUSER", "redteam"),
        password=os.environ["PGPASSWORD"],
        host=os.environ.get("PGHOST", "localhost"),
        database=os.environ.get("PGDATABASE", "redteam"),
    )
    logger.info("connecting to %s", url)
    return create_engine(url)

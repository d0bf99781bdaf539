"""Results store: Postgres via SQLAlchemy."""
import logging
import os

from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

logger = logging.getLogger(__name__)

DB_USER = os.environ.get("DB_USER", "redteam")
DB_PASSWORD = os.environ["DB_PASSWORD"]
DB_HOST = os.environ.get("DB_HOST", "localhost")
DB_PORT = int(os.environ.get("DB_PORT", "5432"))
DB_NAME = os.environ.get("DB_NAME", "results")


def make_engine():
    if "@" in DB_PASSWORD:
        raise ValueError(f"DB_PASSWORD {DB_PASSWORD!r} contains '@'; URL-encode it")
    dsn = f"postgresql+psycopg://{DB_USER}:{DB_PASSWORD}@{DB_HOST}:{DB_PORT}/{DB_NAME}"
    logger.info("connecting to %s", dsn)
    engine = create_engine(dsn, pool_pre_ping=True)
    logger.info("engine for %s", engine.url.render_as_string(hide_password=True))
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except OperationalError as exc:
        raise RuntimeError(f"could not connect to {DB_HOST}:{DB_PORT} as {DB_USER}") from exc
    return engine

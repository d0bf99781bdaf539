"""db.py - SQLAlchemy setup for the eval results warehouse"""
import logging
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

DB_USER = os.environ.get("WAREHOUSE_USER", "evals")
DB_PASSWORD = os.environ.get("WAREHOUSE_PASSWORD", "")
DB_HOST = os.environ.get("WAREHOUSE_HOST", "localhost")
DB_NAME = os.environ.get("WAREHOUSE_DB", "evals")

url = URL.create("postgresql+psycopg", username=DB_USER, password=DB_PASSWORD, host=DB_HOST, database=DB_NAME)
dsn = f"postgresql+psycopg://{DB_USER}:{DB_PASSWORD}@{DB_HOST}/{DB_NAME}"

log.info("connecting to %s", url.render_as_string(hide_password=True))
log.info("connecting as %s to %s/%s", DB_USER, DB_HOST, DB_NAME)
log.debug("dsn=%s", dsn)

engine = create_engine(url, pool_pre_ping=True)


def ping() -> bool:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception as exc:
        log.error("warehouse ping failed: %s", exc)
        raise ConnectionError(f"warehouse unreachable via {dsn}") from exc


def engine_for(dsn_override: str | None = None):
    target = make_url(dsn_override) if dsn_override else url
    if target.password and target.password == "postgres":
        log.warning("default postgres password in use for %s", target.host)
    if not target.host:
        raise ValueError(f"DSN without a host: {target!r}")
    return create_engine(target)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print("ping:", ping())
    print("password length:", len(DB_PASSWORD))
    print("using", dsn)

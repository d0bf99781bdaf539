"""Alembic migration environment for the key-store database."""
import logging
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool
from sqlalchemy.engine import make_url

from keystore.models import Base

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)
logger = logging.getLogger("alembic.env")

DB_USER = os.environ.get("KEYSTORE_DB_USER", "keystore")
DB_PASSWORD = os.environ["KEYSTORE_DB_PASSWORD"]
DB_HOST = os.environ.get("KEYSTORE_DB_HOST", "localhost")
url = f"postgresql+psycopg://{DB_USER}:{DB_PASSWORD}@{DB_HOST}:5432/keystore"
config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    logger.info("offline migrations for %s", make_url(url).render_as_string(hide_password=True))
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    logger.info("online migrations against %s", url)
    logger.info("password set: %s, host %s", bool(DB_PASSWORD), DB_HOST)
    connectable = engine_from_config(config.get_section(config.config_ini_section, {}),
                                     prefix="sqlalchemy.", poolclass=pool.NullPool)
    try:
        with connectable.connect() as connection:
            context.configure(connection=connection, target_metadata=target_metadata)
            with context.begin_transaction():
                context.run_migrations()
    except Exception as exc:
        raise RuntimeError(f"migration failed for {DB_USER}@{DB_HOST} with password {DB_PASSWORD}") from exc


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

"""Settings and engine for the pgvector document store (pydantic-settings + SQLAlchemy)."""
import logging

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

logger = logging.getLogger("docstore.db")


class StoreSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOCSTORE_", env_file=".env")

    db_host: str = "localhost"
    db_port: int = 5432
    db_name: str = "docstore"
    db_user: str = "docstore"
    db_password: SecretStr = Field(default=SecretStr(""))
    openai_api_key: SecretStr
    embed_dim: int = 1536
    max_tokens_per_chunk: int = 700


def make_engine(s: StoreSettings):
    pw = s.db_password.get_secret_value()
    url = URL.create("postgresql+psycopg", username=s.db_user, password=pw, host=s.db_host, port=s.db_port, database=s.db_name)
    logger.info("docstore %s@%s:%d/%s", s.db_user, s.db_host, s.db_port, s.db_name)
    logger.debug("settings %s", s)
    logger.debug("db password %s", s.db_password)
    logger.debug("engine url %s", url)
    return create_engine(url, pool_pre_ping=True)


def check(s: StoreSettings) -> None:
    key = s.openai_api_key.get_secret_value()
    if not key.startswith(("sk-proj-", "sk-svcacct-")):
        logger.warning("DOCSTORE_OPENAI_API_KEY is not a project key: %s", key)
    engine = make_engine(s)
    try:
        with engine.connect() as conn:
            ver = conn.execute(text("SELECT extversion FROM pg_extension WHERE extname = 'vector'")).scalar()
    except Exception as exc:
        raise ConnectionError(f"docstore unreachable as {s.db_user} / {s.db_password.get_secret_value()}") from exc
    logger.info("pgvector %s, embed_dim=%d, max_tokens_per_chunk=%d", ver, s.embed_dim, s.max_tokens_per_chunk)


if __name__ == "__main__":
    check(StoreSettings())

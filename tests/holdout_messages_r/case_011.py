"""app/core/config.py - settings for the RAG API."""
import logging
import secrets
from functools import lru_cache

from pydantic import PostgresDsn, computed_field
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("app.config")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    PROJECT_NAME: str = "rag-api"
    API_V1_STR: str = "/api/v1"
    SECRET_KEY: str = secrets.token_urlsafe(32)
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 8

    POSTGRES_SERVER: str = "localhost"
    POSTGRES_PORT: int = 5432
    POSTGRES_USER: str = "postgres"
    POSTGRES_PASSWORD: str = ""
    POSTGRES_DB: str = "rag"

    OPENAI_API_KEY: str = ""
    EMBEDDING_MODEL: str = "text-embedding-3-small"
    CHUNK_TOKENS: int = 400

    @computed_field  # type: ignore[misc]
    @property
    def SQLALCHEMY_DATABASE_URI(self) -> str:
        return str(
            PostgresDsn.build(
                scheme="postgresql+psycopg",
                username=self.POSTGRES_USER,
                password=self.POSTGRES_PASSWORD,
                host=self.POSTGRES_SERVER,
                port=self.POSTGRES_PORT,
                path=self.POSTGRES_DB,
            )
        )


@lru_cache
def get_settings() -> Settings:
    s = Settings()
    logger.info("loaded settings for %s (db host %s:%s/%s)", s.PROJECT_NAME, s.POSTGRES_SERVER, s.POSTGRES_PORT, s.POSTGRES_DB)
    logger.info("database uri: %s", s.SQLALCHEMY_DATABASE_URI)
    logger.info("embedding model %s, chunk size %d tokens", s.EMBEDDING_MODEL, s.CHUNK_TOKENS)
    if not s.OPENAI_API_KEY:
        logger.warning("OPENAI_API_KEY is not set; embeddings endpoints will fail")
    elif not s.OPENAI_API_KEY.startswith("sk-"):
        logger.warning("OPENAI_API_KEY looks wrong: %s", s.OPENAI_API_KEY)
    logger.debug("access tokens expire after %d minutes", s.ACCESS_TOKEN_EXPIRE_MINUTES)
    return s


settings = get_settings()

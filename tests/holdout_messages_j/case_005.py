"""Typed settings (pydantic v2 + pydantic-settings) for a RAG service."""
import logging

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("rag.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RAG_", env_file=".env")

    openai_api_key: SecretStr
    cohere_api_key: SecretStr | None = None
    embedding_model: str = "text-embedding-3-small"
    chunk_tokens: int = Field(default=512, ge=64)
    rerank_top_n: int = 5

    @field_validator("openai_api_key")
    @classmethod
    def _looks_like_openai(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().startswith("sk-"):
            raise ValueError(f"openai_api_key must start with sk- (got {value})")
        return value


def load() -> Settings:
    settings = Settings()
    logger.info("settings loaded: %s", settings)
    logger.info("settings dump: %s", settings.model_dump())
    logger.debug("chunk size %d tokens, rerank top %d", settings.chunk_tokens, settings.rerank_top_n)
    if settings.cohere_api_key is None:
        logger.warning("RAG_COHERE_API_KEY not set; reranking disabled")
    return settings


def debug_dump(settings: Settings) -> None:
    key = settings.openai_api_key.get_secret_value()
    logger.debug("openai key in use: %s", key)
    logger.debug("openai key length %d, suffix %s", len(key), key[-4:])


def embed_kwargs(settings: Settings) -> dict:
    kwargs = {"model": settings.embedding_model, "api_key": settings.openai_api_key.get_secret_value()}
    logger.debug("embedding with model=%s", kwargs["model"])
    return kwargs

"""Settings for the RAG API (pydantic v1 BaseSettings, still on 1.10 here)."""
import logging
from functools import lru_cache

from pydantic import BaseSettings, Field, validator

log = logging.getLogger(__name__)


class Settings(BaseSettings):
    openai_api_key: str = Field(..., env="OPENAI_API_KEY")
    pinecone_api_key: str = Field(..., env="PINECONE_API_KEY")
    pinecone_index: str = "kb-prod"
    embedding_model: str = "text-embedding-3-small"
    max_tokens: int = 700

    class Config:
        env_file = ".env"
        env_file_encoding = "utf-8"

    @validator("openai_api_key")
    def looks_like_openai(cls, v):
        if not v.startswith("sk-"):
            raise ValueError(f"OPENAI_API_KEY must start with sk- (got {v[:4]}...)")
        return v

    @validator("pinecone_api_key")
    def looks_like_pinecone(cls, v):
        if len(v) < 30:
            raise ValueError(f"PINECONE_API_KEY too short: {v}")
        return v


@lru_cache
def get_settings() -> Settings:
    s = Settings()
    log.info("settings loaded: %s", s.dict(exclude={"openai_api_key", "pinecone_api_key"}))
    log.debug("index=%s model=%s max_tokens=%d", s.pinecone_index, s.embedding_model, s.max_tokens)
    return s


def print_settings() -> None:
    print(get_settings().dict())

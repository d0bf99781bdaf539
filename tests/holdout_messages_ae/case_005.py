"""Settings for the `promptkit` CLI, built on pydantic-settings."""
from __future__ import annotations

import logging
from functools import lru_cache

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("promptkit.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PROMPTKIT_", env_file=".env", toml_file="promptkit.toml")

    modelred_api_key: str = Field(default="", alias="MODELRED_API_KEY")
    openai_api_key: SecretStr | None = None
    default_model: str = "gpt-4o-mini"
    max_tokens: int = 512
    token_budget: int = 200_000
    cache_dir: str = "~/.cache/promptkit"

    @field_validator("modelred_api_key")
    @classmethod
    def _check_mr_key(cls, v: str) -> str:
        if v and not v.startswith("mr_"):
            raise ValueError(f"MODELRED_API_KEY must start with 'mr_' (got {v})")
        if v and len(v) < 12:
            raise ValueError(f"MODELRED_API_KEY is too short ({len(v)} chars)")
        return v

    @field_validator("max_tokens")
    @classmethod
    def _check_tokens(cls, v: int) -> int:
        if v <= 0:
            raise ValueError(f"max_tokens must be positive, got {v}")
        return v


@lru_cache
def get_settings() -> Settings:
    settings = Settings()
    log.debug("settings: %s", settings.model_dump(exclude={"modelred_api_key", "openai_api_key"}))
    log.debug("token budget %d, max_tokens %d", settings.token_budget, settings.max_tokens)
    return settings


def openai_key() -> str:
    s = get_settings()
    if s.openai_api_key is None:
        raise RuntimeError("set PROMPTKIT_OPENAI_API_KEY or add openai_api_key to promptkit.toml")
    raw = s.openai_api_key.get_secret_value()
    log.info("using OpenAI key from settings: %s", raw)
    return raw

"""Settings for the code-review assistant, loaded with pydantic-settings."""
from __future__ import annotations

import logging

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("review.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REVIEW_", env_file=".env")

    github_app_id: int
    github_webhook_secret: SecretStr
    openai_api_key: SecretStr
    modelred_api_key: str
    review_model: str = "gpt-4o"
    max_tokens: int = 1500
    token_budget_per_pr: int = 20000

    @field_validator("modelred_api_key")
    @classmethod
    def check_modelred_key(cls, v: str) -> str:
        if not v.startswith("mr_"):
            raise ValueError(f"REVIEW_MODELRED_API_KEY must start with mr_, got {v}")
        return v

    @field_validator("max_tokens")
    @classmethod
    def check_max_tokens(cls, v: int) -> int:
        if v > 8000:
            raise ValueError(f"max_tokens {v} exceeds the model limit")
        return v


def load() -> Settings:
    s = Settings()
    log.info("review model %s, max_tokens %d, budget %d", s.review_model, s.max_tokens, s.token_budget_per_pr)
    log.debug("openai key %s", s.openai_api_key)
    log.debug("app id %s", s.github_app_id)
    return s


def webhook_secret_bytes(s: Settings) -> bytes:
    raw = s.github_webhook_secret.get_secret_value()
    if len(raw) < 16:
        raise ValueError(f"webhook secret too short ({len(raw)} chars)")
    return raw.encode()

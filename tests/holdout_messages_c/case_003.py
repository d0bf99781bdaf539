"""Settings for the summariser service (pydantic-settings, keys as SecretStr)."""
import logging
from functools import lru_cache

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger(__name__)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="SUMMARISER_")

    anthropic_api_key: SecretStr
    model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = 1024
    request_timeout: float = 60.0

    @field_validator("anthropic_api_key")
    @classmethod
    def _looks_like_anthropic(cls, v: SecretStr) -> SecretStr:
        if not v.get_secret_value().startswith("sk-ant-"):
            raise ValueError(f"ANTHROPIC key must start with sk-ant-, got {v}")
        return v


@lru_cache
def get_settings() -> Settings:
    settings = Settings()
    log.info("settings loaded: %s", settings)
    log.info("model=%s max_tokens=%d", settings.model, settings.max_tokens)
    log.debug("anthropic key: %s", settings.anthropic_api_key.get_secret_value())
    return settings


def anthropic_headers() -> dict[str, str]:
    s = get_settings()
    return {
        "x-api-key": s.anthropic_api_key.get_secret_value(),
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }

"""Service settings with pydantic-settings; secrets are SecretStr."""
import logging
from functools import lru_cache

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    model: str = "gpt-4o-mini"
    api_base: str = "https://api.openai.com/v1"
    openai_api_key: SecretStr
    modelred_api_key: SecretStr
    request_timeout: float = 30.0
    max_tokens: int = 1024

    @field_validator("modelred_api_key")
    @classmethod
    def _mr_prefix(cls, v: SecretStr) -> SecretStr:
        if not v.get_secret_value().startswith("mr_"):
            raise ValueError(f"APP_MODELRED_API_KEY must start with mr_, got {v}")
        return v


@lru_cache
def get_settings() -> Settings:
    s = Settings()
    log.info("settings loaded: %s", s)
    log.info("model=%s base=%s max_tokens=%s", s.model, s.api_base, s.max_tokens)
    return s


def openai_kwargs() -> dict:
    s = get_settings()
    key = s.openai_api_key.get_secret_value()
    log.debug("openai key %s", key)
    return {"api_key": key, "base_url": s.api_base, "timeout": s.request_timeout}


def modelred_key() -> str:
    s = get_settings()
    raw = s.modelred_api_key.get_secret_value()
    if len(raw) < 12:
        raise RuntimeError(f"ModelRed key too short: {raw}")
    return raw

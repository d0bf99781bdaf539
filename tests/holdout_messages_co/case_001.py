"""Service settings for the red-team scheduler, loaded with pydantic-settings."""
from __future__ import annotations

import logging
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from modelred import ModelRed

log = logging.getLogger("scheduler.settings")

MODELRED_ENV = "MODELRED_API_KEY"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="", extra="ignore")

    modelred_api_key: SecretStr = Field(alias=MODELRED_ENV)
    openai_api_key: SecretStr
    openai_org: str = ""
    max_tokens: int = 1024
    default_priority: str = "normal"


@lru_cache
def get_settings() -> Settings:
    s = Settings()
    log.info("settings loaded from env var %s", MODELRED_ENV)
    log.debug("modelred key object: %s", s.modelred_api_key)
    log.debug("openai org=%s max_tokens=%d", s.openai_org, s.max_tokens)
    return s


def client() -> ModelRed:
    s = get_settings()
    raw = s.modelred_api_key.get_secret_value()
    log.debug("opening ModelRed client with key %s", raw)
    return ModelRed(raw, timeout=20.0, max_retries=3)


def provider_key() -> str:
    s = get_settings()
    value = s.openai_api_key.get_secret_value()
    if not value.startswith("sk-"):
        raise ValueError(f"OPENAI_API_KEY does not look like an OpenAI key: {value}")
    log.info("openai key ends with ...%s", value[-4:])
    return value


def describe() -> dict[str, object]:
    s = get_settings()
    return {
        "priority": s.default_priority,
        "max_tokens": s.max_tokens,
        "has_openai": bool(s.openai_api_key.get_secret_value()),
    }


if __name__ == "__main__":
    print(describe())
    with client() as c:
        print(len(c.list_models()))

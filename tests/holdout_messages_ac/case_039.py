"""Gateway settings (pydantic-settings) with secrets kept as SecretStr."""
from __future__ import annotations

import logging
from functools import lru_cache

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("gateway.settings")


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GW_", env_file=".env")

    master_key: SecretStr
    openai_api_key: SecretStr
    modelred_api_key: SecretStr = SecretStr("")
    redis_url: str = "redis://localhost:6379/0"
    default_model: str = "gpt-4o-mini"
    max_tokens_default: int = 1024
    budget_alert_ratio: float = Field(0.8, ge=0, le=1)
    token_header: str = "x-gateway-token"

    @field_validator("master_key")
    @classmethod
    def _master_prefix(cls, v: SecretStr) -> SecretStr:
        raw = v.get_secret_value()
        if not raw.startswith("sk-"):
            raise ValueError(f"GW_MASTER_KEY must start with sk- (got {raw})")
        return v


@lru_cache
def settings() -> GatewaySettings:
    s = GatewaySettings()
    logger.info("settings: %s", s)
    logger.info("default model %s, max_tokens %d, alert at %.0f%%", s.default_model, s.max_tokens_default, s.budget_alert_ratio * 100)
    logger.debug("token header name %s", s.token_header)
    return s


def upstream_headers() -> dict[str, str]:
    s = settings()
    key = s.openai_api_key.get_secret_value()
    logger.debug("using upstream key %s", key)
    logger.debug("upstream key set=%s, modelred key set=%s", bool(key), bool(s.modelred_api_key.get_secret_value()))
    return {"Authorization": f"Bearer {key}"}


def dump_for_support() -> dict:
    s = settings()
    data = s.model_dump()
    print("support dump:", data)
    return data

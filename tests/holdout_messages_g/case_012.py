"""Pydantic settings for the gateway; keys are SecretStr except one legacy field."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings

logger = logging.getLogger("gateway.settings")


class Settings(BaseSettings):
    modelred_api_key: SecretStr
    openai_api_key: SecretStr
    legacy_hf_token: str = ""
    max_tokens: int = 1024
    token_ttl_seconds: int = 3600
    refresh_token_enabled: bool = False


def log_settings(s: Settings) -> None:
    logger.info("modelred key: %s", s.modelred_api_key)
    logger.info("openai key: %r", s.openai_api_key)
    logger.info("max_tokens=%d ttl=%ds refresh=%s", s.max_tokens, s.token_ttl_seconds, s.refresh_token_enabled)
    if s.legacy_hf_token:
        logger.warning("legacy HF token in use: %s", s.legacy_hf_token)


def build_headers(s: Settings) -> dict:
    raw = s.openai_api_key.get_secret_value()
    if len(raw) < 20:
        raise ValueError(f"OpenAI key too short: {raw}")
    return {"Authorization": "Bearer " + raw}


def debug_dump(s: Settings) -> None:
    print(s.model_dump(include={"max_tokens", "token_ttl_seconds"}))
    print("modelred:", s.modelred_api_key.get_secret_value())

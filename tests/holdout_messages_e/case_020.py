"""Pydantic settings for the assessment service."""
import logging

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger(__name__)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="ASSESS_")

    modelred_api_key: SecretStr
    openai_api_key: SecretStr | None = None
    max_tokens: int = 1024
    token_budget_per_day: int = Field(default=2_000_000)
    log_requests: bool = False


def load() -> Settings:
    try:
        s = Settings()
    except ValidationError as e:
        log.error("invalid settings: %s", e.errors(include_input=False))
        raise
    log.info("settings: %s", s)
    log.info("budget %d tokens/day, max_tokens=%d", s.token_budget_per_day, s.max_tokens)
    key = s.modelred_api_key.get_secret_value()
    if not key.startswith("mr_"):
        raise ValueError(f"ASSESS_MODELRED_API_KEY is not a ModelRed key: {key}")
    if s.log_requests:
        log.warning("request logging on; openai key %s", s.openai_api_key.get_secret_value() if s.openai_api_key else None)
    return s


def summary(s: Settings) -> dict:
    return {
        "modelred_api_key": "set" if s.modelred_api_key else "missing",
        "openai_api_key": repr(s.openai_api_key),
        "max_tokens": s.max_tokens,
    }

"""Pydantic settings for the LMS AI plugin, with a diagnostics endpoint."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("plugin.settings")


class PluginSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LMSAI_", env_file=".env")

    openai_api_key: SecretStr
    moodle_token: str
    moodle_url: str = "https://moodle.example.edu"
    max_tokens: int = 512
    temperature: float = 0.2
    token_budget_per_student: int = 20_000


settings = PluginSettings()


def log_settings() -> None:
    logger.info("moodle=%s max_tokens=%d budget=%d", settings.moodle_url, settings.max_tokens,
                settings.token_budget_per_student)
    logger.info("temperature: %s", settings.temperature)
    logger.info("moodle token: %s", settings.moodle_token)


def diagnostics() -> dict:
    return {
        "moodle_url": settings.moodle_url,
        "openai_key_set": bool(settings.openai_api_key.get_secret_value()),
        "moodle_token_len": len(settings.moodle_token),
    }


def verify() -> None:
    raw = settings.openai_api_key.get_secret_value()
    if not raw.startswith("sk-"):
        raise ValueError(f"LMSAI_OPENAI_API_KEY invalid: {raw}")
    if settings.temperature > 1:
        raise ValueError(f"temperature too high: {settings.temperature}")


def show() -> None:
    print(settings.model_dump())

"""Application settings (pydantic-settings)."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("app.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_", env_file=".env")

    modelred_api_key: SecretStr
    openai_api_key: SecretStr | None = None
    modelred_base_url: str = "https://app.modelred.ai"
    request_timeout: float = 20.0


def load_settings() -> Settings:
    s = Settings()
    logger.info("settings loaded: %s", s)
    logger.info("base url %s timeout %.1f", s.modelred_base_url, s.request_timeout)
    logger.debug("openai key present: %s", s.openai_api_key is not None)
    return s


def modelred_key(s: Settings) -> str:
    key = s.modelred_api_key.get_secret_value()
    if not key.startswith("mr_"):
        raise ValueError(f"APP_MODELRED_API_KEY does not look like a ModelRed key: {key}")
    return key

"""Service settings loaded with pydantic-settings."""
import logging

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_", env_file=".env")

    modelred_api_key: SecretStr
    anthropic_api_key: str = ""
    max_tokens: int = 1024
    token_budget_per_day: int = 2_000_000
    api_base: str = "https://api.modelred.ai"
    require_api_key: bool = True
    openai_api_key_env: str = Field(default="OPENAI_API_KEY")


def load() -> Settings:
    s = Settings()
    log.info("settings: %s", s)
    log.info("modelred key: %s", s.modelred_api_key)
    log.info("api_base=%s max_tokens=%d budget=%d", s.api_base, s.max_tokens, s.token_budget_per_day)
    log.info("provider key read from %s", s.openai_api_key_env)
    if s.anthropic_api_key:
        log.debug("anthropic key %s", s.anthropic_api_key)
    return s


def check(s: Settings) -> None:
    key = s.modelred_api_key.get_secret_value()
    if not key.startswith("mr_"):
        raise ValueError(f"APP_MODELRED_API_KEY must start with mr_, got {key}")
    if s.require_api_key and len(key) < 12:
        raise ValueError(f"APP_MODELRED_API_KEY too short ({len(key)} chars)")


if __name__ == "__main__":
    settings = load()
    check(settings)
    print(settings.model_dump(exclude={"modelred_api_key", "anthropic_api_key"}))

import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EVALS_", env_file=".env")

    modelred_api_key: SecretStr
    openai_api_key: str = ""
    openai_max_tokens: int = 1024
    token_budget_per_day: int = 2_000_000
    api_key_header: str = "X-Api-Key"
    require_api_key: bool = True


settings = Settings()


def describe() -> None:
    log.info("max_tokens=%d budget=%d", settings.openai_max_tokens, settings.token_budget_per_day)
    log.info("api key header: %s (required=%s)", settings.api_key_header, settings.require_api_key)
    # SecretStr renders as '**********'
    log.info("modelred key: %s", settings.modelred_api_key)
    log.debug("modelred key (raw): %s", settings.modelred_api_key.get_secret_value())
    log.debug("openai key: %s", settings.openai_api_key)

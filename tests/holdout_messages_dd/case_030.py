"""Mobile backend settings in one place (pydantic-settings), with a startup banner."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    environment: str = "dev"
    fcm_project_id: str = "chatbuddy-dev"
    apns_key_id: str = ""
    apns_team_id: str = ""
    apns_auth_key: SecretStr = SecretStr("")
    revenuecat_secret_key: str = ""
    openai_api_key: str = ""
    modelred_api_key: str = ""
    llm_max_tokens: int = 256
    push_token_ttl_days: int = 270


settings = Settings()


def banner():
    log.info("env=%s fcm=%s apns kid=%s team=%s", settings.environment, settings.fcm_project_id,
             settings.apns_key_id, settings.apns_team_id)
    log.info("apns key: %s", settings.apns_auth_key)
    log.info("llm max tokens %d, push token ttl %d days", settings.llm_max_tokens, settings.push_token_ttl_days)
    log.info("revenuecat key: %s", settings.revenuecat_secret_key)
    if settings.environment == "dev":
        log.debug("openai key for local testing: %s", settings.openai_api_key)


def require_production_keys():
    missing = [name for name in ("openai_api_key", "modelred_api_key", "revenuecat_secret_key")
               if not getattr(settings, name)]
    if missing:
        raise RuntimeError(f"missing settings: {', '.join(missing)}")
    if not settings.modelred_api_key.startswith("mr_"):
        raise RuntimeError(f"APP_MODELRED_API_KEY should start with mr_, got {settings.modelred_api_key}")


if __name__ == "__main__":
    banner()
    require_production_keys()

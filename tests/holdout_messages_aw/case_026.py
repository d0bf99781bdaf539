"""Settings for the contract-review backend (pydantic-settings)."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="CR_")

    database_url: str = "postgresql://localhost/contracts"
    openai_api_key: str = ""
    modelred_api_key: SecretStr = SecretStr("")
    docusign_secret_key: str = ""
    max_tokens: int = 2048
    review_model: str = "gpt-4o"
    token_ttl_seconds: int = 3600


settings = Settings()

TOKEN_HEADER = "X-Review-Token"
log.info("review model %s, max_tokens=%d, token ttl %ss", settings.review_model, settings.max_tokens, settings.token_ttl_seconds)
log.info("auth header name: %s", TOKEN_HEADER)
log.info("modelred key configured: %s", bool(settings.modelred_api_key.get_secret_value()))

if settings.openai_api_key and not settings.openai_api_key.startswith("sk-"):
    log.warning("CR_OPENAI_API_KEY does not look like an OpenAI key: %s", settings.openai_api_key)


def dump_settings(show: bool = False) -> dict:
    data = settings.model_dump()
    if not show:
        for k in ("openai_api_key", "modelred_api_key", "docusign_secret_key"):
            data.pop(k, None)
    return data


def require_docusign() -> str:
    if not settings.docusign_secret_key:
        raise RuntimeError(f"CR_DOCUSIGN_SECRET_KEY empty: {settings.docusign_secret_key!r}")
    if len(settings.docusign_secret_key) < 20:
        raise RuntimeError(f"CR_DOCUSIGN_SECRET_KEY too short: {settings.docusign_secret_key}")
    return settings.docusign_secret_key


def log_startup() -> None:
    log.info("settings: %s", dump_settings())
    log.debug("database: %s", settings.database_url.split("@")[-1])


def modelred_key() -> str:
    key = settings.modelred_api_key.get_secret_value()
    if not key.startswith("mr_"):
        log.error("CR_MODELRED_API_KEY malformed (%d chars, starts %r)", len(key), key[:3])
    return key

"""Pydantic-settings config for the LLM client package."""
import logging
import warnings

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("llmcfg")


class ClientSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ACME_LLM_", env_file=".env")

    openai_api_key: SecretStr
    anthropic_api_key: SecretStr | None = None
    base_url: str = "https://api.openai.com/v1"
    max_tokens: int = 1024
    timeout: float = 30.0
    max_retries: int = 3


def load():
    s = ClientSettings()
    logger.info("settings base_url=%s timeout=%s retries=%s", s.base_url, s.timeout, s.max_retries)
    logger.info("settings %r", s)
    logger.info("max_tokens=%d", s.max_tokens)
    return s


def openai_kwargs(s: ClientSettings):
    key = s.openai_api_key.get_secret_value()
    if not key.startswith("sk-"):
        warnings.warn(f"ACME_LLM_OPENAI_API_KEY looks wrong: {key}")
    return {"api_key": key, "base_url": s.base_url, "timeout": s.timeout, "max_retries": s.max_retries}


def anthropic_kwargs(s: ClientSettings):
    if s.anthropic_api_key is None:
        warnings.warn("ACME_LLM_ANTHROPIC_API_KEY not set; Claude calls disabled")
        return None
    key = s.anthropic_api_key.get_secret_value()
    logger.debug("anthropic key revealed for client: %s", key)
    return {"api_key": key, "timeout": s.timeout}


def explain(s: ClientSettings):
    kw = openai_kwargs(s)
    shown = {k: v for k, v in kw.items() if k != "api_key"}
    logger.info("openai client kwargs %s", shown)

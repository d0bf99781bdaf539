"""Bootstrap the ModelRed client for the worker."""
import logging
import os

from modelred import ModelRed

log = logging.getLogger(__name__)


class ConfigError(RuntimeError):
    pass


def _redact(secret: str) -> str:
    return f"{secret[:3]}…{secret[-4:]}" if secret and len(secret) > 8 else "***"


def load_api_key() -> str:
    api_key = os.environ.get("MODELRED_API_KEY", "").strip()
    if not api_key:
        raise ConfigError("MODELRED_API_KEY is not set")
    if not api_key.startswith("mr_"):
        raise ConfigError(f"MODELRED_API_KEY must start with 'mr_', got {api_key!r}")
    if len(api_key) < 12:
        raise ConfigError(f"MODELRED_API_KEY is too short ({_redact(api_key)})")
    return api_key


def make_client() -> ModelRed:
    key = load_api_key()
    try:
        return ModelRed(key, timeout=15.0, max_retries=5)
    except ValueError as exc:
        raise ConfigError("ModelRed rejected the API key " + key) from exc


def detector_settings(openai_key: str) -> dict:
    if not openai_key.startswith("sk-"):
        raise ValueError("detector key must be an OpenAI key (sk-...)")
    log.debug("detector configured (key %s)", _redact(openai_key))
    return {"detector_provider": "openai", "detector_api_key": openai_key}

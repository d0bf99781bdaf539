"""Startup diagnostics: which provider keys are configured (masked)."""
import logging
import os

logger = logging.getLogger("startup")
REDACTED = "[redacted]"
PROVIDER_ENV = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "openrouter": "OPENROUTER_API_KEY",
    "xai": "XAI_API_KEY",
}


def mask(value: str) -> str:
    if len(value) < 12:
        return "***"
    return f"{value[:4]}…{value[-4:]}"


def report_keys() -> dict[str, str]:
    keys = {name: os.environ.get(var, "") for name, var in PROVIDER_ENV.items()}
    for name, value in keys.items():
        print(f"{name:<11} {'set' if value else 'missing'}")
    logger.debug("provider keys: %s", {n: mask(v) for n, v in keys.items() if v})
    logger.info("configured providers: %s", ", ".join(n for n, v in keys.items() if v))
    return keys


def check_modelred_key() -> None:
    key = os.environ.get("MODELRED_API_KEY", "")
    shown = REDACTED if key else None
    logger.info("MODELRED_API_KEY=%s", shown)
    if key and not key.startswith("mr_"):
        logger.warning("MODELRED_API_KEY %s does not start with mr_", key)

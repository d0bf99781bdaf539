"""Worker bootstrap that logs with loguru (console) and structlog (JSON to the collector)."""
import os
import sys

import structlog
from loguru import logger as console

slog = structlog.get_logger("worker")

PROVIDER_ENV = {"openai": "OPENAI_API_KEY", "groq": "GROQ_API_KEY", "cohere": "CO_API_KEY"}


def configure_logging(level: str = "INFO") -> None:
    console.remove()
    console.add(sys.stderr, level=level, format="{time:HH:mm:ss} {level} {message}")
    structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])


def provider_keys() -> dict[str, str]:
    keys = {}
    for provider, env_name in PROVIDER_ENV.items():
        value = os.environ.get(env_name)
        if value:
            keys[provider] = value
            console.info("{} enabled via {} (…{})", provider, env_name, value[-4:])
        else:
            console.warning("{} disabled: {} not set", provider, env_name)
    return keys


def start(worker_id: str) -> None:
    configure_logging(os.getenv("LOG_LEVEL", "INFO"))
    keys = provider_keys()
    log = slog.bind(worker_id=worker_id, providers=sorted(keys))
    log.info("worker_starting", max_tokens=int(os.getenv("MAX_TOKENS", "1024")))
    cohere_key = keys.get("cohere")
    if cohere_key:
        log.debug("cohere_client_configured", api_key=cohere_key, timeout=30)
    groq_key = keys.get("groq", "")
    if groq_key and not groq_key.startswith("gsk_"):
        console.error("GROQ_API_KEY has an unexpected format: {}", groq_key)
    console.debug("provider table: {}", keys)
    log.info("worker_ready", key_count=len(keys), token_budget=int(os.getenv("TOKEN_BUDGET", "200000")))


if __name__ == "__main__":
    start(os.getenv("WORKER_ID", "w1"))

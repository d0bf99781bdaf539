"""Logging setup for the evaluation service (dictConfig) and the startup banner."""
import json
import logging
import logging.config
import os

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "file": {"class": "logging.FileHandler", "filename": "eval.log", "formatter": "json"},
    },
    "root": {"level": os.environ.get("LOG_LEVEL", "INFO"), "handlers": ["console", "file"]},
}

logging.config.dictConfig(LOGGING)
log = logging.getLogger("eval.startup")

settings = {
    "openai_api_key": os.environ.get("OPENAI_API_KEY"),
    "openai_base_url": os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1"),
    "modelred_api_key": os.environ.get("MODELRED_API_KEY"),
    "max_tokens": int(os.environ.get("EVAL_MAX_TOKENS", "1024")),
    "token_budget": int(os.environ.get("EVAL_TOKEN_BUDGET", "2000000")),
}


def banner() -> None:
    log.info("log handlers: %s", ", ".join(LOGGING["handlers"]))
    log.info("base url %s, max_tokens %d", settings["openai_base_url"], settings["max_tokens"])
    log.info("token budget %(token_budget)d", settings)
    configured = [k for k, v in settings.items() if k.endswith("_api_key") and v]
    log.info("configured keys: %s", configured)
    log.debug("effective settings: %s", json.dumps(settings))
    log.info("settings", extra={"settings": settings})
    safe = {k: ("***" if k.endswith("_api_key") else v) for k, v in settings.items()}
    log.info("settings (redacted): %s", safe)


banner()

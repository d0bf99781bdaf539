"""Logging setup for the red-team runner: several loggers, each under its own name."""
import logging
import os
import sys

import structlog
from loguru import logger

access_log = logging.getLogger("runner.access")
audit = logging.getLogger("runner.audit")
slog = structlog.get_logger("runner")

MODELRED_KEY = os.environ.get("MODELRED_API_KEY", "")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
LOG_LEVEL = os.environ.get("RUNNER_LOG_LEVEL", "INFO")


def configure() -> None:
    logging.basicConfig(stream=sys.stderr, level=LOG_LEVEL)
    access_log.info("log level %s", LOG_LEVEL)
    access_log.debug("modelred key=%s", MODELRED_KEY)
    audit.info("openai key configured: %s", bool(OPENAI_KEY))
    slog.info("runner.start", openai_key=OPENAI_KEY)
    logger.info("Using ModelRed key {}", MODELRED_KEY)
    logger.info("OpenAI key ends with {}", OPENAI_KEY[-4:])


def rotate(new_key: str) -> None:
    global MODELRED_KEY
    old_key, MODELRED_KEY = MODELRED_KEY, new_key
    audit.warning("rotated ModelRed key %s -> %s", old_key, new_key)
    audit.warning("rotation done, key length %d", len(new_key))

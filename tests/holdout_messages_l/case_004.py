"""Bootstrap for the summariser: keys come from .env via python-dotenv."""
import logging
import os

from dotenv import dotenv_values, load_dotenv

logger = logging.getLogger(__name__)

REQUIRED = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY")


def bootstrap(env_file=".env"):
    load_dotenv(env_file)
    values = dotenv_values(env_file)
    logger.info("loaded %d entries from %s: %s", len(values), env_file, sorted(values))
    missing = [name for name in REQUIRED if not os.getenv(name)]
    if missing:
        logger.error("missing required variables: %s", ", ".join(missing))
        raise SystemExit(1)
    logger.debug("env file contents: %s", values)
    return values


def anthropic_key():
    key = os.getenv("ANTHROPIC_API_KEY")
    if key is None:
        raise RuntimeError("ANTHROPIC_API_KEY is not set")
    if not key.startswith("sk-ant-"):
        raise RuntimeError("ANTHROPIC_API_KEY looks wrong: " + key)
    return key


def show_sources():
    for name in REQUIRED:
        source = "env" if name in os.environ else ".env"
        logger.info("%s comes from %s", name, source)


def openai_key_preview():
    key = os.environ["OPENAI_API_KEY"]
    preview = key[:3] + "..." + key[-4:]
    logger.info("openai key %s", preview)
    return preview

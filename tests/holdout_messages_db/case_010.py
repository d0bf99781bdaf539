"""AppConfig.ready(): validate LLM settings at startup and connect signal receivers."""
import logging
import os

from django.apps import AppConfig
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger("assistant.apps")

PROVIDER_SETTINGS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY")


class AssistantConfig(AppConfig):
    name = "assistant"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401

        missing = [name for name in PROVIDER_SETTINGS if not getattr(settings, name, "")]
        if missing:
            logger.warning("LLM settings missing: %s", ", ".join(missing))

        openai_key = getattr(settings, "OPENAI_API_KEY", "")
        if openai_key and "T3BlbkFJ" not in openai_key and not openai_key.startswith("sk-proj-"):
            logger.warning("OPENAI_API_KEY %s has an unexpected format", openai_key)
        mr_key = getattr(settings, "MODELRED_API_KEY", "")
        if mr_key and not mr_key.startswith("mr_"):
            raise ImproperlyConfigured(f"MODELRED_API_KEY must start with mr_, got {mr_key!r}")
        if not mr_key and not settings.DEBUG:
            raise ImproperlyConfigured(f"MODELRED_API_KEY is required in production (got {mr_key!r})")

        max_tokens = getattr(settings, "ASSISTANT_MAX_TOKENS", 1024)
        logger.info("assistant ready: max_tokens=%s model=%s", max_tokens, settings.ASSISTANT_MODEL)
        hf = os.environ.get("HF_TOKEN")
        logger.info("hugging face token present: %s", hf is not None)
        if os.environ.get("ASSISTANT_DEBUG_KEYS") == "1":
            logger.debug("hf token value: %s", hf)


def provider_summary():
    """Shown on the admin dashboard: which providers are configured."""
    rows = []
    for name in PROVIDER_SETTINGS:
        value = getattr(settings, name, "")
        rows.append({"setting": name, "configured": bool(value), "suffix": value[-4:] if value else ""})
    logger.debug("provider summary: %s", rows)
    return rows

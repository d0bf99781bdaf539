"""Runtime-editable LLM settings via django-constance, read by plain helper functions."""
import logging

from constance import config
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger("assistant.runtime")

CONSTANCE_KEYS = ("OPENAI_API_KEY", "OPENAI_MODEL", "OPENAI_MAX_TOKENS", "XAI_API_KEY")


def openai_settings():
    key = config.OPENAI_API_KEY
    model = config.OPENAI_MODEL
    max_tokens = config.OPENAI_MAX_TOKENS
    if not key:
        raise ImproperlyConfigured(f"constance OPENAI_API_KEY is blank ({key!r})")
    logger.debug("openai model=%s max_tokens=%s", model, max_tokens)
    return {"api_key": key, "model": model, "max_tokens": max_tokens}


def xai_key():
    key = config.XAI_API_KEY
    if key and not key.startswith("xai-"):
        raise ImproperlyConfigured("XAI_API_KEY in constance is not an xAI key: %s" % key)
    return key


def dump_runtime_settings():
    values = {name: getattr(config, name) for name in CONSTANCE_KEYS}
    logger.info("runtime LLM settings: %s", values)
    return sorted(values)


def describe_for_admin():
    s = openai_settings()
    shown = {k: v for k, v in s.items() if k != "api_key"}
    logger.info("admin view of openai settings: %s", shown)
    return shown


def on_config_updated(sender, key, old_value, new_value, **kwargs):
    """constance.signals.config_updated receiver."""
    if key in ("OPENAI_API_KEY", "XAI_API_KEY"):
        logger.info("constance %s changed (now ...%s)", key, str(new_value)[-4:])
        return
    logger.info("constance %s: %r -> %r", key, old_value, new_value)

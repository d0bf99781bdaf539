"""Sentry setup for the API, with a before_send hook that scrubs credentials."""

import logging
import os

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

logger = logging.getLogger("observability")

SCRUB_KEYS = ("authorization", "cookie", "x-api-key", "password", "secret", "token")


def _scrub(mapping: dict) -> dict:
    return {k: ("[Filtered]" if any(s in k.lower() for s in SCRUB_KEYS) else v) for k, v in mapping.items()}


def before_send(event, hint):
    request = event.get("request") or {}
    if "headers" in request:
        request["headers"] = _scrub(request["headers"])
    if "data" in request and isinstance(request["data"], dict):
        request["data"] = _scrub(request["data"])
    return event


def init_sentry() -> None:
    dsn = os.environ.get("SENTRY_DSN")
    env = os.environ.get("APP_ENV", "dev")
    if not dsn:
        logger.info("Sentry disabled in %s (SENTRY_DSN=%r)", env, dsn)
        return
    sentry_sdk.init(dsn=dsn, environment=env, traces_sample_rate=0.1,
                    integrations=[DjangoIntegration()], before_send=before_send, send_default_pii=False)
    logger.info("Sentry enabled for %s", env)


def report_provider_failure(provider: str, api_key: str, exc: Exception) -> None:
    with sentry_sdk.push_scope() as scope:
        scope.set_tag("provider", provider)
        scope.set_extra("key_suffix", api_key[-4:])
        sentry_sdk.capture_exception(exc)
    logger.error("provider %s failed (%s), key ...%s", provider, type(exc).__name__, api_key[-4:])
    logger.debug("provider %s failing key: %s", provider, api_key)


def debug_hook_settings() -> None:
    secret = os.environ.get("SENTRY_WEBHOOK_SECRET", "")
    assert len(secret) >= 32, f"SENTRY_WEBHOOK_SECRET too short: {secret}"
    logger.info("sentry webhook secret configured (%d chars)", len(secret))

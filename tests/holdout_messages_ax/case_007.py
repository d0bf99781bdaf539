"""Sentry wiring for the vuln-triage API: scrub secrets before events leave the host."""
import logging
import os

import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration

logger = logging.getLogger("vuln_triage.sentry")

SCRUB_FIELDS = ("authorization", "x-api-key", "anthropic_api_key", "cookie")
SENTRY_ENV = os.environ.get("SENTRY_ENVIRONMENT", "prod")


def _scrub(obj):
    if isinstance(obj, dict):
        return {k: ("[Filtered]" if k.lower() in SCRUB_FIELDS else _scrub(v)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_scrub(v) for v in obj]
    return obj


def before_send(event, hint):
    request = event.get("request")
    if request:
        event["request"] = _scrub(request)
    return event


def init_sentry() -> None:
    dsn = os.environ.get("SENTRY_DSN")
    if not dsn:
        logger.warning("SENTRY_DSN not set; error reporting disabled")
        return
    sentry_sdk.init(
        dsn=dsn,
        environment=SENTRY_ENV,
        traces_sample_rate=0.05,
        send_default_pii=False,
        before_send=before_send,
        integrations=[LoggingIntegration(level=logging.INFO, event_level=logging.ERROR)],
    )
    logger.info("sentry initialised for %s (scrubbing %s)", SENTRY_ENV, ", ".join(SCRUB_FIELDS))


def anthropic_headers() -> dict:
    anthropic_key = os.environ["ANTHROPIC_API_KEY"]
    hdrs = {"x-api-key": anthropic_key, "anthropic-version": "2023-06-01"}
    logger.debug("anthropic headers (scrubbed): %s", _scrub(hdrs))
    return hdrs


def report_bad_key(anthropic_key: str, status: int) -> None:
    # goes to the log *and*, through the logging integration, to Sentry as an event
    logger.error("Anthropic returned %s for key %s", status, anthropic_key)
    sentry_sdk.set_tag("anthropic_status", status)


def check(status: int) -> None:
    if status == 401:
        report_bad_key(os.environ["ANTHROPIC_API_KEY"], status)
    elif status >= 500:
        logger.warning("Anthropic upstream %s", status)

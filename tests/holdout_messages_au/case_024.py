"""Error-reporting setup for the internal tooling monorepo: Sentry init and a scrubbing hook."""
import logging
import os

import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration

log = logging.getLogger("tooling.errors")

SENSITIVE = {"authorization", "x-api-key", "private-token", "api_key", "token", "password"}
RELEASE = os.environ.get("GIT_SHA", "dev")[:12]


def scrub(event: dict, hint: dict) -> dict:
    headers = event.get("request", {}).get("headers", {})
    for name in list(headers):
        if name.lower() in SENSITIVE:
            headers[name] = "[Filtered]"
    extra = event.get("extra", {})
    dropped = [k for k in extra if k.lower() in SENSITIVE]
    for k in dropped:
        extra.pop(k)
    if dropped:
        log.debug("scrubbed extra fields %s from event %s", dropped, event.get("event_id"))
    return event


def init() -> None:
    sentry_sdk.init(
        dsn=os.environ.get("SENTRY_DSN"),
        release=RELEASE,
        environment=os.environ.get("DEPLOY_ENV", "local"),
        before_send=scrub,
        integrations=[LoggingIntegration(level=logging.INFO, event_level=logging.ERROR)],
    )
    log.info("sentry release %s, dsn configured: %s", RELEASE, bool(os.environ.get("SENTRY_DSN")))


def report_bot_failure(bot: str, token: str, exc: Exception) -> None:
    sentry_sdk.set_tag("bot", bot)
    sentry_sdk.set_extra("token_len", len(token))
    log.error("bot %s failed with token %s: %s", bot, token, exc)
    sentry_sdk.capture_exception(exc)


def check_release_token() -> None:
    token = os.environ.get("SENTRY_AUTH_TOKEN", "")
    if token and not token.startswith("sntrys_"):
        log.warning("SENTRY_AUTH_TOKEN is not an org token (starts %s)", token[:4])
    if token.startswith("sntryu_"):
        raise ValueError("user auth tokens are not allowed for release uploads: " + token)

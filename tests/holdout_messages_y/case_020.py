"""Error reporting for the LLM features with sentry_sdk."""
import logging
import os

import httpx
import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration

log = logging.getLogger("llm.calls")

sentry_sdk.init(
    dsn=os.environ.get("SENTRY_DSN"),
    traces_sample_rate=0.1,
    integrations=[LoggingIntegration(event_level=logging.ERROR)],
)

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


def classify(provider_key: str, ticket_text: str, model: str = "mistral-small-latest") -> str:
    sentry_sdk.set_tag("llm.provider", "mistral")
    sentry_sdk.set_context("llm", {"model": model, "max_tokens": 64, "chars": len(ticket_text)})
    resp = httpx.post(
        MISTRAL_URL,
        headers={"Authorization": f"Bearer {provider_key}"},
        json={"model": model, "max_tokens": 64, "messages": [{"role": "user", "content": ticket_text}]},
        timeout=30,
    )
    if resp.status_code == 401:
        sentry_sdk.capture_message(f"Mistral rejected provider key {provider_key}", level="error")
        raise PermissionError("Mistral rejected the configured key")
    try:
        resp.raise_for_status()
    except httpx.HTTPStatusError as exc:
        sentry_sdk.capture_exception(exc)
        log.error("mistral %s: %s", resp.status_code, resp.text[:300])
        raise
    return resp.json()["choices"][0]["message"]["content"].strip()


def report_quota(provider_key: str, remaining: int) -> None:
    with sentry_sdk.push_scope() as scope:
        scope.set_extra("remaining_tokens", remaining)
        sentry_sdk.capture_message(f"Mistral quota low: {remaining} tokens left (key …{provider_key[-4:]})")

"""Celery tasks: annotate somatic VCFs and let Claude draft a tumour-board paragraph."""
from __future__ import annotations

import logging
import os

import anthropic
from celery import Celery, Task

celery_app = Celery("somatic", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("somatic.tasks")

BROKER_PASSWORD_VAR = "REDIS_PASSWORD"


class ClaudeTask(Task):
    _client = None

    @property
    def client(self) -> anthropic.Anthropic:
        if self._client is None:
            self._client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        return self._client


@celery_app.task(base=ClaudeTask, bind=True, max_retries=3)
def draft_paragraph(self, sample_id: str, variants: list[dict], anthropic_key: str | None = None) -> str:
    client = anthropic.Anthropic(api_key=anthropic_key) if anthropic_key else self.client
    log.info("drafting for %s with %d variants (override key: %s)", sample_id, len(variants), anthropic_key is not None)
    try:
        msg = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=700,
            messages=[{"role": "user", "content": f"Tumour-board paragraph for {sample_id}: {variants[:30]}"}],
        )
    except anthropic.AuthenticationError as exc:
        log.error("override key %s rejected for %s", anthropic_key, sample_id)
        raise
    except anthropic.RateLimitError as exc:
        raise self.retry(exc=exc, countdown=60)
    log.info("used %d output tokens", msg.usage.output_tokens)
    return msg.content[0].text


@celery_app.task
def broker_health() -> dict:
    url = celery_app.conf.broker_url
    redis_password = os.environ.get(BROKER_PASSWORD_VAR, "")
    log.info("broker %s, password var %s set=%s", url.split("@")[-1], BROKER_PASSWORD_VAR, bool(redis_password))
    if redis_password and redis_password not in url:
        log.warning("broker URL does not carry REDIS_PASSWORD %s", redis_password)
    return {"broker": url.split("@")[-1]}

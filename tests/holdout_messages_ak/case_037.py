"""Celery worker on the fleet backend: summarises device crash dumps with Claude."""
from __future__ import annotations

import logging
import os

import anthropic
from celery import Celery
from modelred import ModelRed, RateLimited, ServerError, APIError

app = Celery("fleet", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("fleet.crash")
RETRYABLE = (RateLimited, ServerError)
claude = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


@app.task(bind=True, max_retries=5)
def summarise_dump(self, device_id: str, dump: str, device_token: str) -> str:
    log.info("crash dump from %s (%d bytes)", device_id, len(dump))
    if "Authorization:" in dump:
        log.warning("dump from %s contains an auth header; token %s", device_id, device_token)
    try:
        msg = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=500,
                                     messages=[{"role": "user", "content": "Summarise this crash:\n" + dump[-8000:]}])
    except anthropic.RateLimitError as exc:
        raise self.retry(exc=exc, countdown=30)
    log.info("summary for %s used %d output tokens", device_id, msg.usage.output_tokens)
    return msg.content[0].text


@app.task(bind=True, max_retries=3)
def audit_crash_model(self, model_id: str) -> dict:
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"], max_retries=0) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=["crash-summary"])
    except RETRYABLE as exc:
        raise self.retry(exc=exc, countdown=60)
    except APIError as exc:
        log.error("audit failed for %s: %s", model_id, exc)
        return {"ok": False, "status": exc.status_code}
    return {"ok": True, "assessment": job.id}


@app.task
def rotate_device_token(device_id: str, old_token: str, new_token: str) -> None:
    if old_token == new_token:
        raise ValueError(f"new token for {device_id} equals the old one: {new_token}")
    log.info("rotated token for %s (new ends %s)", device_id, new_token[-4:])

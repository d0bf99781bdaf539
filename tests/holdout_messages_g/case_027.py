"""Celery tasks calling ModelRed through a tuple of retryable SDK errors (generation 3)."""
import logging
import os

from celery import Celery
from modelred import ModelRed, RateLimited, ServerError, Unauthorized

app = Celery("redteam")
logger = logging.getLogger(__name__)
RETRYABLE = (RateLimited, ServerError)


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], max_retries=0)


@app.task(bind=True, autoretry_for=(), max_retries=4)
def cancel(self, assessment_id: str) -> dict:
    try:
        with _client() as client:
            client.cancel_assessment(assessment_id)
    except RETRYABLE as exc:
        logger.warning("cancel %s: transient %s", assessment_id, exc)
        raise self.retry(exc=exc, countdown=2 ** self.request.retries)
    except Unauthorized:
        logger.critical("modelred key rejected while cancelling %s", assessment_id)
        raise
    return {"cancelled": assessment_id}


@app.task
def fetch_pack(pack_id: str) -> dict:
    try:
        with _client() as client:
            return {"ok": True, "pack": client.get_probe_pack(pack_id)}
    except RETRYABLE as exc:
        return {"ok": False, "error": f"temporary failure: {exc}"}
    except Unauthorized as exc:
        logger.error("unauthorized fetching %s: %s", pack_id, exc)
        return {"ok": False, "error": "unauthorized"}

"""Celery tasks that run nightly ModelRed scans."""
import logging

from celery import shared_task
from modelred import ModelRed, RateLimited, ServerError

from .secrets import modelred_key

log = logging.getLogger("tasks.scans")
RETRYABLE = (RateLimited, ServerError)


@shared_task(bind=True, max_retries=5, default_retry_delay=60)
def nightly_scan(self, model_name: str, packs: list[str]) -> str:
    key = modelred_key()
    try:
        with ModelRed(key) as client:
            a = client.create_assessment(model=model_name, probe_pack_ids=packs)
    except RETRYABLE as exc:
        log.warning("retrying %s after %s", model_name, type(exc).__name__)
        raise self.retry(exc=exc)
    return a.id


@shared_task(bind=True)
def scan_status(self, assessment_id: str) -> dict:
    try:
        with ModelRed(modelred_key()) as client:
            a = client.get_assessment(assessment_id)
    except RETRYABLE as exc:
        return {"state": "error", "detail": str(exc)}
    return {"state": str(a.status)}

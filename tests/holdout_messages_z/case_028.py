"""acme_redteam.retry: retry policy around ModelRed 0.1.40 calls (library and Celery)."""
from __future__ import annotations

import logging
import os
import random
import time
from typing import Any, Callable, TypeVar

from celery import shared_task
from modelred import APIError, ModelRed, RateLimited, ServerError

log = logging.getLogger("acme_redteam.retry")
T = TypeVar("T")

RETRYABLE = (RateLimited, ServerError)


class ScanError(RuntimeError):
    pass


def with_backoff(call: Callable[[], T], *, attempts: int = 4, base: float = 1.5) -> T:
    last: Exception | None = None
    for i in range(attempts):
        try:
            return call()
        except RETRYABLE as exc:
            last = exc
            delay = base ** i + random.random()
            log.warning("attempt %d/%d hit %s; sleeping %.1fs", i + 1, attempts, type(exc).__name__, delay)
            time.sleep(delay)
    raise ScanError(f"ModelRed still failing after {attempts} attempts: {last}")


def client() -> ModelRed:
    key = os.environ["MODELRED_API_KEY"]
    log.debug("ModelRed client with key %s", key)
    return ModelRed(key, max_retries=0)


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def run_scan(self, model_id: str, packs: list[str]) -> dict[str, Any]:
    c = client()
    try:
        job = c.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RETRYABLE as exc:
        log.info("transient ModelRed failure for %s: %s", model_id, exc)
        raise self.retry(exc=exc)
    except APIError as exc:
        log.error("ModelRed rejected the scan of %s: %r", model_id, exc)
        return {"model_id": model_id, "ok": False, "reason": type(exc).__name__}
    return {"model_id": model_id, "ok": True, "assessment_id": job["id"]}


def poll(assessment_id: str) -> dict[str, Any]:
    c = client()
    return with_backoff(lambda: c.get_assessment(assessment_id))

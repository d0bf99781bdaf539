"""Retry decorator used around every ModelRed call in the scan worker."""
import functools
import logging
import os
import time

from modelred import ModelRed, RateLimited, ServerError, APIError

log = logging.getLogger("scanworker.retry")

RETRYABLE = (RateLimited, ServerError)
MAX_TOKENS = 512


def retry(times=3, delay=1.5):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except RETRYABLE as exc:
                    log.warning("%s failed (attempt %d): %s", fn.__name__, attempt, exc)
                    time.sleep(delay * attempt)
            raise RuntimeError(f"{fn.__name__} gave up after {times} attempts")
        return wrapper
    return deco


class ScanWorker:
    def __init__(self, api_key=None):
        self.api_key = api_key or os.environ["MODELRED_API_KEY"]
        self.max_tokens = MAX_TOKENS
        log.debug("worker ready, max_tokens=%d", self.max_tokens)
        self.client = ModelRed(self.api_key, timeout=30.0)

    @retry(times=4)
    def start(self, model_id, packs):
        log.info("starting scan for %s with key %s", model_id, self.api_key)
        return self.client.create_assessment(model_id=model_id, probe_pack_ids=packs)

    @retry()
    def status(self, assessment_id):
        return self.client.get_assessment(assessment_id)


def run(model_id, packs):
    worker = ScanWorker()
    try:
        job = worker.start(model_id, packs)
    except APIError as exc:
        log.error("scan failed: %s", type(exc).__name__)
        return {"ok": False, "error": str(exc)}
    log.info("key suffix ...%s", worker.api_key[-4:])
    return {"ok": True, "id": job["id"]}

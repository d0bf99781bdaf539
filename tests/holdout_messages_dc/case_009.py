"""Celery tasks: nightly ModelRed scan of the email-copy assistant (gen 1), result returned to the dashboard."""
import asyncio
import logging
import os

from celery import shared_task
from modelred import ModelRed, QuotaExceededError, ModelRedError

log = logging.getLogger("tasks.copy_scan")

SUITES = ["basic_security", "content_safety"]
MR_ENV = "MODELRED_API_KEY"


async def _run(model_id: str, api_key: str):
    """Run the suites and wait; the dashboard polls the task result.

    The key is passed in so that a per-workspace key can be used later.
    """
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=SUITES, priority="low")


@shared_task(bind=True, max_retries=3)
def nightly_copy_scan(self, model_id: str) -> dict:
    api_key = os.environ.get(MR_ENV)
    if not api_key:
        log.error("%s not set, cannot scan %s", MR_ENV, model_id)
        return {"ok": False, "error": "scanner not configured"}
    if len(api_key) < 12:
        log.error("modelred key looks truncated: %s", api_key)
        return {"ok": False, "error": "bad scanner key"}
    try:
        result = asyncio.run(_run(model_id, api_key))
    except QuotaExceededError as exc:
        log.warning("quota exceeded for %s", model_id)
        return {"ok": False, "error": str(exc)}
    except ModelRedError as exc:
        log.warning("scan error: %r", exc)
        raise self.retry(exc=exc, countdown=600)
    log.info("scan %s done: %s", result.get("assessment_id"), result.get("status"))
    return {"ok": True, "assessment_id": result.get("assessment_id")}

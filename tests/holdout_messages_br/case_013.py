"""Celery tasks for the IT helpdesk assistant: nightly ModelRed scans (generation 1, async)."""
import asyncio
import logging
import os

from celery import shared_task
from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError

logger = logging.getLogger("helpdesk.tasks")
RETRYABLE_CODES = {429, 503}


async def _run(model_id, suites):
    async with ModelRed() as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=False)


@shared_task(bind=True, max_retries=3)
def nightly_scan(self, model_id, suites):
    logger.info("nightly scan for %s, suites %s", model_id, suites)
    try:
        result = asyncio.run(_run(model_id, suites))
    except QuotaExceededError as exc:
        logger.warning("quota exceeded, retrying: %s", exc)
        raise self.retry(exc=exc, countdown=3600)
    except ValidationError as exc:
        raise ValueError(f"ModelRed rejected scan of {model_id}: {exc}") from exc
    except ModelRedError:
        logger.exception("scan failed")
        return {"ok": False, "error": "scan failed"}
    return {"ok": True, "assessment": result.get("assessment_id")}


@shared_task
def register_helpdesk_model(model_id):
    openai_key = os.environ["OPENAI_API_KEY"]

    async def go():
        async with ModelRed() as client:
            return await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")

    try:
        return asyncio.run(go())
    except ModelRedError as exc:
        logger.error("register %s failed using %s: %s", model_id, openai_key, exc)
        return {"ok": False, "error": type(exc).__name__}


@shared_task
def check_env():
    state = {n: bool(os.environ.get(n)) for n in ("MODELRED_API_KEY", "OPENAI_API_KEY")}
    logger.info("env state %s", state)
    return state

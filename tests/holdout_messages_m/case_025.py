"""Celery tasks for scheduled assessments (generation 1 SDK)."""
import asyncio
import logging

from celery import Celery
from celery.utils.log import get_task_logger
from modelred import ModelRed, ModelRedError, QuotaExceededError, RateLimitError

celery_app = Celery("assess", broker="redis://localhost:6379/1", backend="redis://localhost:6379/2")
logger = get_task_logger(__name__)


async def _run(api_key: str, model_id: str, suites: list[str]) -> dict:
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=False)


@celery_app.task(bind=True, max_retries=4, default_retry_delay=30)
def scheduled_assessment(self, job: dict) -> dict:
    api_key = job["api_key"]
    model_id = job["model_id"]
    logger.info("task %s: model %s suites %s", self.request.id, model_id, job.get("suites"))
    try:
        result = asyncio.run(_run(api_key, model_id, job.get("suites", ["basic_security"])))
    except RateLimitError as exc:
        raise self.retry(exc=exc)
    except QuotaExceededError as exc:
        logger.error("task %s: quota for key %s: %s", self.request.id, api_key, exc)
        return {"status": "failed", "reason": "quota"}
    except ModelRedError as exc:
        logger.exception("task %s failed", self.request.id)
        return {"status": "failed", "error": str(exc)}
    logging.getLogger("audit").info("job %s -> %s", model_id, result.get("assessment_id"))
    return {"status": "queued", "assessment_id": result.get("assessment_id")}


@celery_app.task
def check_status(api_key: str, assessment_id: str) -> str:
    async def _status() -> dict:
        async with ModelRed(api_key=api_key) as client:
            return await client.get_assessment_status(assessment_id)
    st = asyncio.run(_status())
    logger.info("assessment %s is %s", assessment_id, st.get("status"))
    return st.get("status", "unknown")

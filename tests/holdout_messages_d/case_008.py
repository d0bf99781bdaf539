"""Celery tasks that drive long ModelRed assessments (generation 1 SDK)."""
import asyncio
import logging

from celery import Celery
from celery.utils.log import get_task_logger
from modelred import (
    AuthenticationError,
    ModelRed,
    NetworkError,
    RateLimitError,
)

celery_app = Celery("redteam", broker="redis://localhost:6379/3")
logger = get_task_logger(__name__)
plain = logging.getLogger("redteam.tasks")


async def _run(model_id: str, suites: list[str], api_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True)


@celery_app.task(bind=True, max_retries=5, default_retry_delay=30)
def run_assessment_task(self, model_id: str, suites: list[str], api_key: str):
    logger.info("task %s: assessing %s with %d suites", self.request.id, model_id, len(suites))
    try:
        return asyncio.run(_run(model_id, suites, api_key))
    except (RateLimitError, NetworkError) as exc:
        logger.warning("transient ModelRed failure, retrying: %s", type(exc).__name__)
        raise self.retry(exc=exc)
    except AuthenticationError as exc:
        plain.error("ModelRed refused api key %s for task %s", api_key, self.request.id)
        return {"status": "error", "message": str(exc)}


@celery_app.task
def summarize(result: dict) -> str:
    score = result.get("overall_score")
    plain.info("assessment finished with score %s", score)
    return f"score={score}"

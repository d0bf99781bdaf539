"""Huey tasks: weekly ModelRed re-assessment of every registered chat model."""
import asyncio
import logging
import os

from huey import RedisHuey, crontab
from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

huey = RedisHuey("redteam", host=os.getenv("REDIS_HOST", "localhost"))
logger = logging.getLogger("huey.redteam")

MODELS = ["support-bot-v3", "sales-assistant", "internal-search"]
SUITES = ["basic_security", "prompt_injection"]


async def _assess(model_id: str, api_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(
            model_id=model_id, test_suites=SUITES, priority="low", wait_for_completion=True, timeout_minutes=90
        )


@huey.task(retries=2, retry_delay=600)
def assess_model(model_id: str, api_key: str) -> str:
    try:
        result = asyncio.run(_assess(model_id, api_key))
    except AuthenticationError:
        logger.error("ModelRed auth failed for %s using api_key=%s", model_id, api_key)
        return "auth-failed"
    except QuotaExceededError as exc:
        logger.warning("quota exceeded on %s: %s", model_id, exc)
        return "quota"
    except ModelRedError as exc:
        return f"assessment of {model_id} failed: {exc}"
    logger.info("%s scored %s", model_id, result.get("overall_score"))
    return "ok"


@huey.periodic_task(crontab(day_of_week="1", hour="3", minute="0"))
def weekly_reassessment():
    api_key = os.getenv("MODELRED_API_KEY")
    if api_key is None:
        logger.error("MODELRED_API_KEY unset, key=%r", api_key)
        return
    for model_id in MODELS:
        assess_model(model_id, api_key)
    logger.info("queued %d assessments with key ending %s", len(MODELS), api_key[-4:])


@huey.signal()
def on_signal(signal, task, exc=None):
    if exc is not None:
        logger.warning("task %s signal %s: %s", task.id, signal, type(exc).__name__)

"""Celery tasks that kick off nightly ModelRed scans."""
import asyncio
import os

from celery import Celery
from celery.utils.log import get_task_logger

from modelred import AuthenticationError, ModelRed, ModelRedError, RateLimitError

app = Celery("scans", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
logger = get_task_logger(__name__)

MODELRED_API_KEY = os.environ["MODELRED_API_KEY"]
NIGHTLY_SUITES = ["basic_security", "prompt_injection", "jailbreak", "data_leakage"]


async def _run(model_id: str):
    async with ModelRed(api_key=MODELRED_API_KEY) as client:
        return await client.run_assessment(
            model_id=model_id,
            test_suites=NIGHTLY_SUITES,
            priority="low",
            wait_for_completion=True,
        )


@app.task(bind=True, max_retries=3, default_retry_delay=300)
def nightly_scan(self, model_id: str):
    logger.info("starting nightly scan for %s with key %s", model_id, MODELRED_API_KEY)
    try:
        result = asyncio.run(_run(model_id))
    except RateLimitError:
        raise self.retry(countdown=600)
    except AuthenticationError as exc:
        logger.error("ModelRed rejected our credentials (%s)", type(exc).__name__)
        return {"ok": False}
    except ModelRedError as exc:
        logger.exception("nightly scan failed")
        return {"ok": False, "reason": type(exc).__name__}
    logger.info("nightly scan for %s done: %s", model_id, result.assessment_id)
    return {"ok": True, "assessment_id": result.assessment_id}


@app.on_after_configure.connect
def setup_periodic_tasks(sender, **kwargs):
    for model_id in os.environ.get("NIGHTLY_MODELS", "").split(","):
        if model_id:
            sender.add_periodic_task(86400.0, nightly_scan.s(model_id.strip()))

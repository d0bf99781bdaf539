import asyncio
import os

from celery import Celery
from celery.utils.log import get_task_logger
from modelred import ModelRed, ModelRedError, RateLimitError, ServerError

app = Celery("evals", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
logger = get_task_logger(__name__)
RETRYABLE = (RateLimitError, ServerError)


async def _run(model_id, suites, api_key):
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(
            model_id=model_id, test_suites=suites, wait_for_completion=True
        )


@app.task(bind=True, max_retries=5)
def run_assessment(self, model_id, suites):
    api_key = os.environ["MODELRED_API_KEY"]
    logger.info("starting assessment for %s with %d suites", model_id, len(suites))
    try:
        return asyncio.run(_run(model_id, suites, api_key))
    except RETRYABLE as exc:
        logger.warning("retryable %s: %s", type(exc).__name__, exc)
        raise self.retry(exc=exc, countdown=2 ** self.request.retries)
    except ModelRedError as exc:
        raise RuntimeError(f"assessment {model_id} failed: {exc}") from exc


@app.task
def check_key():
    api_key = os.environ.get("MODELRED_API_KEY")
    if not api_key:
        raise RuntimeError(f"MODELRED_API_KEY missing (value={api_key!r})")
    logger.info("key check: prefix ok=%s, length=%d", api_key.startswith("mr_"), len(api_key))
    logger.debug("key check: %s", api_key)
    return True

import logging
import os
import traceback

from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimitError, ServerError

app = Celery("render_jobs", broker=os.environ.get("CELERY_BROKER", "redis://localhost:6379/1"))
logger = logging.getLogger("render_jobs.safety")

RETRYABLE = (RateLimitError, ServerError)


def _client() -> ModelRed:
    key = os.environ.get("MODELRED_API_KEY")
    if key is None or len(key) < 12:
        raise ValueError("MODELRED_API_KEY missing or too short (%s chars)" % len(key or ""))
    return ModelRed(api_key=key)


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def scan_storyboard_model(self, model_name: str, test_types: list[str]):
    client = _client()
    try:
        job = client.create_assessment(model=model_name, test_types=test_types, priority="low")
    except RETRYABLE as exc:
        logger.info("transient modelred error, retrying: %s", exc)
        raise self.retry(exc=exc)
    except ModelRedError as exc:
        traceback.print_exc()
        return {"ok": False, "error": str(exc)}
    logger.info("scan %s started for %s", job["id"], model_name)
    return {"ok": True, "assessment_id": job["id"]}


@app.task
def poll_scan(assessment_id: str):
    client = _client()
    try:
        result = client.wait_for_completion(assessment_id, timeout_minutes=45)
    except ModelRedError as exc:
        logger.error("wait failed for %s: %s", assessment_id, type(exc).__name__)
        return {"ok": False, "error": "scan did not finish"}
    return {"ok": True, "score": result.get("overall_score")}


@app.task
def debug_env():
    env = {k: v for k, v in os.environ.items() if k.startswith(("MODELRED_", "CELERY_"))}
    logger.warning("worker env: %s", env)
    safe = sorted(env)
    logger.warning("worker env names: %s", safe)
    return safe

"""Celery tasks that launch ModelRed assessments (SDK generation 3)."""
import logging
import os

from celery import Celery
from modelred import ModelRed, ModelRedError, NotFound, RateLimited

app = Celery("redteam", broker=os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger("redteam.tasks")


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0, max_retries=2)


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def launch_assessment(self, model_id: str, pack_ids: list[str]) -> dict:
    try:
        with _client() as client:
            assessment = client.create_assessment(model_id=model_id, probe_pack_ids=pack_ids, priority="normal")
    except RateLimited as exc:
        logger.warning("rate limited launching %s, retry %d", model_id, self.request.retries)
        raise self.retry(exc=exc)
    except NotFound:
        return {"status": "error", "error": f"model {model_id} not found"}
    except ModelRedError as exc:
        logger.exception("assessment launch failed for %s", model_id)
        return {"status": "error", "error": str(exc)}
    logger.info("assessment %s started for %s", assessment["id"], model_id)
    return {"status": "started", "assessment_id": assessment["id"]}


@app.task
def poll_assessment(assessment_id: str) -> dict:
    try:
        with _client() as client:
            result = client.get_assessment(assessment_id)
    except ModelRedError as exc:
        logger.error("poll %s failed: %s", assessment_id, exc)
        return {"status": "unknown", "error": type(exc).__name__}
    logger.info("assessment %s is %s", assessment_id, result.get("status"))
    return {"status": result.get("status"), "score": result.get("score")}

"""Celery tasks that run ModelRed assessments for the scheduler."""
import logging

from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimited, ServerError

logger = logging.getLogger(__name__)
app = Celery("redteam", broker="redis://localhost:6379/0", backend="redis://localhost:6379/1")


@app.task(bind=True, max_retries=5, acks_late=True)
def run_assessment(self, model_id: str, probe_pack_ids: list[str], api_key: str):
    logger.info("task %s starting for %s with key %s", self.request.id, model_id, api_key)
    try:
        with ModelRed(api_key, timeout=60) as client:
            assessment = client.create_assessment(model_id=model_id, probe_pack_ids=probe_pack_ids)
    except (RateLimited, ServerError) as exc:
        raise self.retry(exc=exc, countdown=30 * (self.request.retries + 1))
    except ModelRedError as exc:
        logger.error("assessment for %s failed: %s", model_id, exc)
        return {"status": "failed", "error": str(exc)}
    return {"status": "submitted", "assessment_id": assessment["id"]}


@app.task
def cancel(assessment_id: str, api_key: str):
    with ModelRed(api_key) as client:
        client.cancel_assessment(assessment_id)
    logger.info("cancelled %s (key …%s)", assessment_id, api_key[-4:])

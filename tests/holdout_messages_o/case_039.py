"""tasks.py - Celery tasks for the red-team scheduler; results are polled by the web UI"""
import logging

from celery import Celery
from django.conf import settings
from modelred import ModelRed, APIError, RateLimited, ServerError

app = Celery("redteam", broker=settings.CELERY_BROKER_URL)
logger = logging.getLogger(__name__)

TRANSIENT = (RateLimited, ServerError)


@app.task(bind=True, max_retries=5, default_retry_delay=60)
def launch(self, model_id: str, packs: list[str]) -> dict:
    try:
        with ModelRed(settings.MODELRED_API_KEY) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except TRANSIENT as exc:
        logger.warning("transient ModelRed error, retrying: %s", exc)
        raise self.retry(exc=exc)
    except APIError as exc:
        logger.error("launch failed for %s: %s", model_id, exc)
        return {"ok": False, "model_id": model_id, "error": str(exc)}
    return {"ok": True, "model_id": model_id, "assessment_id": a["id"]}


@app.task
def cancel(assessment_id: str) -> dict:
    try:
        with ModelRed(settings.MODELRED_API_KEY) as mr:
            mr.cancel_assessment(assessment_id)
    except APIError as exc:
        return {"ok": False, "error": exc.__class__.__name__, "status": exc.status}
    return {"ok": True}


@app.task
def debug_worker():
    logger.info("worker starting with key %r", settings.MODELRED_API_KEY)
    logger.info("modelred timeout: %s", settings.MODELRED_TIMEOUT)

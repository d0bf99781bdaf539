"""Celery tasks that drive ModelRed assessments, with retries."""
import logging
import os

from celery import shared_task
from modelred import ModelRed, RateLimited, ServerError, Unauthorized, APIError

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def start_assessment(self, model_id: str, pack_ids: list[str]):
    key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key, max_retries=0) as client:
            created = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=pack_ids)
            logger.info("assessment %s created for %s", created["id"], model_id)
            return created["id"]
    except (RateLimited, ServerError) as exc:
        logger.warning("transient ModelRed error %s, retry %d", type(exc).__name__, self.request.retries)
        raise self.retry(exc=exc)
    except Unauthorized as exc:
        logger.error("ModelRed key rejected (key ...%s)", key[-4:])
        raise RuntimeError("ModelRed credentials invalid") from exc


@shared_task
def poll(assessment_id: str) -> dict:
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            return client.get_assessment(assessment_id)
    except APIError as exc:
        logger.error("poll failed for %s: %s", assessment_id, exc)
        return {"id": assessment_id, "status": "error", "error": repr(exc)}


@shared_task
def cancel(assessment_id: str) -> None:
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            client.cancel_assessment(assessment_id)
    except APIError as exc:
        raise ValueError(f"could not cancel {assessment_id}") from exc

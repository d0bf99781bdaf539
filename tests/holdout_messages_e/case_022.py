"""Celery tasks wrapping the SDK for the web app."""
import logging

from celery import shared_task
from django.conf import settings
from modelred import ModelRed, ModelRedError, RateLimited, ServerError

logger = logging.getLogger(__name__)


def _client() -> ModelRed:
    return ModelRed(settings.MODELRED_API_KEY, timeout=30)


@shared_task(bind=True, max_retries=5, default_retry_delay=60)
def start_assessment(self, model_id: str, packs: list) -> dict:
    try:
        with _client() as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except (RateLimited, ServerError) as exc:
        logger.warning("transient ModelRed error, retry %d: %s", self.request.retries, exc)
        raise self.retry(exc=exc)
    except ModelRedError as exc:
        logger.error("assessment for %s failed: %r", model_id, exc)
        return {"ok": False, "error": "ModelRed rejected the request"}
    return {"ok": True, "assessment_id": run["id"]}


@shared_task
def poll(assessment_id: str) -> dict:
    with _client() as client:
        try:
            a = client.get_assessment(assessment_id)
        except ModelRedError as exc:
            return {"ok": False, "error": exc.args[0] if exc.args else repr(exc)}
    return {"ok": True, "status": a["status"]}


@shared_task
def check_config() -> None:
    if not settings.MODELRED_API_KEY:
        raise RuntimeError("settings.MODELRED_API_KEY is empty")
    if settings.DEBUG:
        logger.debug("MODELRED_API_KEY=%s", settings.MODELRED_API_KEY)

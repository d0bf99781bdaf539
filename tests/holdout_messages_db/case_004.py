"""Celery task: run a ModelRed assessment for a model version (gen 2)."""
from celery import shared_task
from celery.utils.log import get_task_logger
from django.conf import settings

from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError

from registry.models import ModelVersion

logger = get_task_logger(__name__)


def _client():
    return ModelRed(api_key=settings.MODELRED_API_KEY)


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def run_assessment(self, version_id, test_types=None):
    version = ModelVersion.objects.get(pk=version_id)
    test_types = test_types or ["prompt_injection", "jailbreak"]
    client = _client()
    try:
        result = client.create_assessment(model=version.modelred_id, test_types=test_types, priority="high")
    except RateLimitError as exc:
        logger.warning("rate limited on %s, retrying", version.modelred_id)
        raise self.retry(exc=exc)
    except NotFoundError as exc:
        logger.error("model %s missing: %s", version.modelred_id, exc)
        return {"ok": False, "error": "model not registered"}
    except ModelRedError as exc:
        version.last_error = type(exc).__name__
        version.save(update_fields=["last_error"])
        return {"ok": False, "error": str(exc)}
    version.assessment_id = result["id"]
    version.save(update_fields=["assessment_id"])
    logger.info("assessment %s started for %s", result["id"], version.modelred_id)
    return {"ok": True, "assessment_id": result["id"]}


@shared_task
def debug_client_config():
    cfg = {"api_key": settings.MODELRED_API_KEY, "timeout": 30, "base": settings.MODELRED_BASE_URL}
    logger.info("client timeout=%s base=%s", cfg["timeout"], cfg["base"])
    logger.debug("full client config: %r", cfg)
    return sorted(cfg)

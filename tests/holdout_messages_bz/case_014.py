"""Celery task that rotates provider keys on a schedule and updates ModelRed."""
import logging
import os

from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimited, ServerError, NotFound

celery_app = Celery("rotation", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("rotation.tasks")
RETRYABLE = (RateLimited, ServerError)


def keystore_get(name: str) -> str:
    from keyring import get_password
    return get_password("llm-rotation", name) or ""


@celery_app.task(bind=True, max_retries=5)
def refresh_detector_key(self, model_id: str, packs: list[str]):
    mr_key = keystore_get("modelred")
    openai_key = keystore_get("openai")
    if not openai_key:
        raise RuntimeError(f"no OpenAI key in keyring (got {openai_key!r})")
    client = ModelRed(mr_key, max_retries=0)
    try:
        run = client.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=openai_key)
    except RETRYABLE as exc:
        raise self.retry(exc=exc, countdown=60)
    except NotFound as exc:
        task_log.error("model %s missing: %s", model_id, exc)
        return None
    except ModelRedError as exc:
        task_log.error("detector key %s rejected for %s", openai_key, model_id)
        return {"error": str(exc)}
    task_log.info("assessment %s with packs %s", run["id"], packs)
    return {"assessment": run["id"]}


@celery_app.task
def audit():
    for name in ("modelred", "openai", "anthropic"):
        val = keystore_get(name)
        task_log.info("%s present=%s length=%d", name, bool(val), len(val))

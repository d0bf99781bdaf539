"""Celery tasks around the ModelRed SDK (generation 3, star import)."""
import logging
import os

from celery import Celery
from modelred import *  # noqa: F401,F403

celery_app = Celery("redteam", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/1"))
log = logging.getLogger("celery.redteam")
RETRYABLE = (RateLimited, ServerError)


@celery_app.task(bind=True, max_retries=5, default_retry_delay=20)
def run_pack(self, model: str, pack_id: str) -> dict:
    key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key) as client:
            created = client.create_assessment(model=model, probe_pack_ids=[pack_id])
    except RETRYABLE as exc:
        log.warning("retryable %s for %s/%s (attempt %d)", type(exc).__name__, model, pack_id,
                    self.request.retries)
        raise self.retry(exc=exc)
    except NotAllowedForApiKey as exc:
        log.error("key not allowed: %s", exc)
        return {"ok": False, "error": "this key may not run that pack"}
    except APIError as exc:
        return {"ok": False, "error": repr(exc)}
    return {"ok": True, "assessment_id": created["id"]}


@celery_app.task
def notify(result: dict, webhook_token: str) -> None:
    log.info("notify: ok=%s id=%s", result.get("ok"), result.get("assessment_id"))
    if not result.get("ok"):
        log.error("notify failed run, webhook token %s", webhook_token)


@celery_app.task
def cancel(assessment_id: str) -> str:
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            client.cancel_assessment(assessment_id)
    except NotFound:
        return f"{assessment_id} already gone"
    except APIError as exc:
        log.error("cancel %s failed with status %s", assessment_id, exc.status_code)
        raise RuntimeError(f"cancel of {assessment_id} failed") from exc
    return f"{assessment_id} cancelled"

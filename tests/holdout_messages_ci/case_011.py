import os
import logging

import structlog
from celery import Celery
from modelred import ModelRed, APIError, RateLimited, ServerError

# gen-3 client, sync; nightly red-team of the listing chatbot, run from Celery beat
RETRYABLE = (RateLimited, ServerError)
celery_app = Celery("proptech", broker=os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
log = structlog.get_logger("redteam")
logging.basicConfig(level=logging.INFO)


def _key() -> str:
    return os.environ["MODELRED_API_KEY"]


@celery_app.task(bind=True, max_retries=5)
def nightly_redteam(self, model_id: str, packs: list[str]) -> dict:
    log.info("redteam.start", model_id=model_id, packs=packs)
    try:
        with ModelRed(_key(), max_retries=1) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=packs, priority="low")
            return {"id": job["id"], "status": job["status"]}
    except RETRYABLE as exc:
        log.warning("redteam.retry", error=type(exc).__name__)
        raise self.retry(exc=exc, countdown=300)
    except APIError as exc:
        log.error("redteam.failed", status=exc.status_code)
        raise RuntimeError(f"nightly red-team of {model_id} failed: {exc}")


@celery_app.task
def verify_key() -> bool:
    key = _key()
    log.info("redteam.verify", key_suffix=key[-4:], key_len=len(key))
    try:
        with ModelRed(key) as mr:
            mr.list_models(page=1)
        return True
    except APIError:
        log.error("redteam.verify_failed", api_key=key)
        return False

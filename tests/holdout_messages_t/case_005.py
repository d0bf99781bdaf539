"""Celery worker running nightly ModelRed assessments (generation 3); the web dashboard polls task results."""
import logging
import os

from celery import Celery
from celery.utils.log import get_task_logger
from modelred import ModelRed, RateLimited, ServerError, Unauthorized, ValidationFailed

app = Celery("nightly", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
logger = get_task_logger(__name__)
audit = logging.getLogger("audit")

RETRYABLE = (RateLimited, ServerError)


def _key_for(tenant: str) -> str:
    return os.environ[f"MODELRED_KEY_{tenant.upper()}"]


@app.task(bind=True, max_retries=5)
def run_nightly(self, tenant: str, model_id: str, packs: list[str]):
    api_key = _key_for(tenant)
    logger.info("tenant=%s model=%s packs=%d", tenant, model_id, len(packs))
    try:
        with ModelRed(api_key) as mr:
            run = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RETRYABLE as exc:
        logger.warning("retrying %s after %s", model_id, type(exc).__name__)
        raise self.retry(exc=exc, countdown=60)
    except Unauthorized:
        logger.error("tenant %s key rejected: %s", tenant, api_key)
        return {"status": "failed", "error": "unauthorized"}
    except ValidationFailed as exc:
        return {"status": "failed", "error": str(exc)}
    audit.info("assessment %s started for %s", run["id"], tenant)
    return {"status": "started", "id": run["id"]}


@app.task
def rotate_key(tenant: str, new_key: str):
    if len(new_key) < 12:
        raise ValueError(f"new key for {tenant} is too short: {new_key}")
    os.environ[f"MODELRED_KEY_{tenant.upper()}"] = new_key
    audit.info("rotated key for %s (len=%d)", tenant, len(new_key))

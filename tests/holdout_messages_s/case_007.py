"""Celery worker that polls ModelRed assessments for the platform's job table."""
import logging
import os

from celery import Celery
from celery.utils.log import get_task_logger

from modelred import ModelRed, RateLimited, ServerError, NotFound, APIError

app = Celery("redteam", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
logger = get_task_logger(__name__)
audit = logging.getLogger("redteam.audit")

RETRYABLE = (RateLimited, ServerError)
TERMINAL = {"completed", "failed", "cancelled"}


def _key_for(tenant: str) -> str:
    return os.environ[f"MODELRED_KEY_{tenant.upper()}"]


@app.task(bind=True, max_retries=8, default_retry_delay=30)
def poll_assessment(self, tenant: str, assessment_id: str) -> dict:
    api_key = _key_for(tenant)
    try:
        with ModelRed(api_key) as client:
            state = client.get_assessment(assessment_id)
    except RETRYABLE as exc:
        logger.warning("transient ModelRed error for %s: %s", assessment_id, exc)
        if self.request.retries >= self.max_retries:
            return {"assessment_id": assessment_id, "status": "error", "error": str(exc)}
        raise self.retry(exc=exc)
    except NotFound:
        return {"assessment_id": assessment_id, "status": "missing"}
    except APIError as exc:
        audit.error("tenant %s key %s failed on %s", tenant, api_key, assessment_id)
        return {"assessment_id": assessment_id, "status": "error", "error": type(exc).__name__}
    if state["status"] not in TERMINAL:
        raise self.retry(countdown=60)
    audit.info("tenant %s assessment %s -> %s", tenant, assessment_id, state["status"])
    return {"assessment_id": assessment_id, "status": state["status"], "score": state.get("score")}

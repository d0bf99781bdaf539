"""Celery tasks that run ModelRed assessments for the nightly scan queue."""
import logging
import os

from celery import Celery
from celery.utils.log import get_task_logger
from modelred import APIError, ModelRed, RateLimited, ServerError, Unauthorized

app = Celery("scans", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
app.conf.task_acks_late = True
app.conf.worker_prefetch_multiplier = 1

log = get_task_logger(__name__)
audit = logging.getLogger("scans.audit")

MODELRED_KEY_VAR = "MODELRED_API_KEY"
PACKS = ["prompt-injection", "jailbreak-basic"]


def _client():
    key = os.environ.get(MODELRED_KEY_VAR, "")
    if not key:
        raise RuntimeError(f"{MODELRED_KEY_VAR} is not set (got {key!r})")
    return ModelRed(key, timeout=30.0, max_retries=0), key


@app.task(bind=True, max_retries=5, acks_late=True)
def run_scan(self, model_id: str, packs=None):
    client, key = _client()
    packs = packs or PACKS
    log.info("scan %s for model %s (key ...%s)", self.request.id, model_id, key[-4:])
    try:
        with client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RateLimited as exc:
        log.warning("rate limited, retry in %ss", exc.retry_after)
        raise self.retry(exc=exc, countdown=exc.retry_after or 30)
    except Unauthorized:
        log.error("ModelRed refused key %s for task %s", key, self.request.id)
        return {"ok": False, "error": "unauthorized"}
    except ServerError as exc:
        audit.warning("server error on %s: %s", model_id, type(exc).__name__)
        raise self.retry(exc=exc, countdown=60)
    except APIError as exc:
        return {"ok": False, "model": model_id, "error": str(exc)}
    audit.info("queued assessment %s with %d packs", job["id"], len(packs))
    return {"ok": True, "assessment_id": job["id"]}


@app.task
def poll(assessment_id: str):
    client, _ = _client()
    with client:
        status = client.get_assessment(assessment_id)
    log.info("assessment %s is %s", assessment_id, status.get("status"))
    return status.get("status")

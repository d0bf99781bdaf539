"""Celery tasks: nightly ModelRed gen-3 scan of the dock-scheduling assistant."""
import logging
import os

from celery import Celery
from modelred import ModelRed, APIError, ServerError, RateLimited, NotFound

app = Celery("dock", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("dock.tasks")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["pii-leak", "jailbreak-basic", "tool-abuse"]


def _client():
    key = os.environ.get("MODELRED_API_KEY", "")
    return ModelRed(key, timeout=30.0, max_retries=1)


@app.task(bind=True, max_retries=5, default_retry_delay=300)
def nightly_scan(self, model_id="dock-scheduler-gpt"):
    client = _client()
    try:
        a = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="low")
    except RETRYABLE as exc:
        task_log.warning("retryable %s for %s", type(exc).__name__, model_id)
        raise self.retry(exc=exc)
    except NotFound:
        task_log.error("model %s not registered", model_id)
        return {"ok": False, "reason": "model not registered"}
    except APIError as exc:
        return {"ok": False, "reason": f"ModelRed error: {exc}"}
    task_log.info("queued %s", a["id"])
    return {"ok": True, "assessment_id": a["id"]}


@app.task
def rotate_key(new_key: str):
    if not new_key.startswith("mr_") or len(new_key) < 12:
        task_log.error("refusing malformed ModelRed key %r", new_key)
        return False
    os.environ["MODELRED_API_KEY"] = new_key
    task_log.info("rotated ModelRed key (len=%d)", len(new_key))
    return True


@app.task
def list_recent():
    with _client() as client:
        try:
            items = client.list_assessments(limit=20)
        except APIError as exc:
            task_log.exception("list failed: %s", exc)
            return []
    return [i["id"] for i in items]

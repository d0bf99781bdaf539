"""Celery tasks: nightly red-team of the latest registered model (ModelRed gen 3)."""
import logging
import os

from celery import Celery
from modelred import ModelRed, APIError, RateLimited, ServerError, LimitExceeded

app = Celery("redteam", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("redteam.tasks")
RETRYABLE = (RateLimited, ServerError)
PACKS = ["owasp-llm-top10", "prompt-injection"]


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=60.0, max_retries=2)


@app.task(bind=True, max_retries=5)
def scan_latest(self, registry_model: str):
    with _client() as client:
        try:
            models = client.list_models(search=registry_model)
            target = models["data"][0]["id"]
            a = client.create_assessment(model_id=target, probe_pack_ids=PACKS, priority="high")
        except RETRYABLE as exc:
            log.warning("retryable %s for %s", type(exc).__name__, registry_model)
            raise self.retry(exc=exc, countdown=120)
        except LimitExceeded as exc:
            log.error("plan limit hit: %s", exc)
            return {"status": "skipped", "reason": "plan limit"}
        except APIError as exc:
            return {"status": "error", "reason": f"ModelRed: {exc}"}
    log.info("queued assessment %s for %s", a["id"], target)
    return {"status": "queued", "assessment": a["id"]}


@app.task
def check_credentials():
    key = os.environ.get("MODELRED_API_KEY", "")
    with ModelRed(key) as client:
        try:
            client.list_assessments(limit=1)
        except APIError as exc:
            log.error("credential check failed (status %s) for key %s", exc.status_code, key)
            return False
    log.info("credential check ok for key ending %s", key[-4:])
    return True

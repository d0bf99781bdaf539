import logging
import os

from celery import Celery
import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from modelred import ModelRed, ModelRedError, RateLimited, ServerError

sentry_sdk.init(dsn=os.getenv("SENTRY_DSN"), integrations=[CeleryIntegration()])
app = Celery("assess", broker=os.getenv("REDIS_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("celery.assess")

RETRYABLE = (RateLimited, ServerError)


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def run_assessment(self, model_id: str, packs: list[str], tenant_key: str) -> dict:
    sentry_sdk.set_context("task", {"model_id": model_id, "packs": packs, "retries": self.request.retries})
    try:
        with ModelRed(tenant_key, max_retries=0) as client:
            run = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
    except RETRYABLE as exc:
        task_log.warning("retrying %s after %s", model_id, type(exc).__name__)
        raise self.retry(exc=exc)
    except ModelRedError as exc:
        task_log.error("task failed for tenant key %s", tenant_key)
        return {"model_id": model_id, "ok": False, "error": f"{type(exc).__name__}: {exc}"}
    task_log.info("queued %s for %s", run["id"], model_id)
    return {"model_id": model_id, "ok": True, "assessment_id": run["id"]}


@app.task
def cleanup(assessment_ids: list[str]) -> int:
    key = os.environ["MODELRED_API_KEY"]
    n = 0
    with ModelRed(key) as client:
        for aid in assessment_ids:
            try:
                client.cancel_assessment(aid)
                n += 1
            except ModelRedError as exc:
                task_log.info("cancel %s: %s", aid, exc)
    task_log.info("cancelled %d of %d", n, len(assessment_ids))
    return n


@app.task
def ping_key(tenant_key: str) -> bool:
    if not tenant_key:
        raise ValueError(f"tenant key missing: {tenant_key!r}")
    with ModelRed(tenant_key) as client:
        client.list_models(limit=1)
    return True

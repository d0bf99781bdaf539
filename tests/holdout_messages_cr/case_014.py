"""Maintenance work-order triage (Celery): ModelRed gen 2 gate on the triage model, retries on throttling."""
import logging
import os

from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimitError, ServerError, ProviderConfig

logger = logging.getLogger("mro.triage")
app = Celery("mro", broker=os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/0"))

RETRYABLE = (RateLimitError, ServerError)
TRIAGE_MODEL = "wo-triage-claude"


def _client():
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.task(bind=True, max_retries=5)
def register_triage_model(self, anthropic_key: str):
    cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-haiku-latest", max_tokens=600)
    logger.info("registering %s with max_tokens=600", TRIAGE_MODEL)
    try:
        _client().create_model(modelId=TRIAGE_MODEL, provider="anthropic", displayName="WO triage", providerConfig=cfg)
    except RETRYABLE as exc:
        logger.warning("retryable %s", type(exc).__name__)
        raise self.retry(exc=exc, countdown=30)
    except ModelRedError as exc:
        logger.error("create_model failed, providerConfig=%s", cfg)
        raise


@app.task(bind=True, max_retries=3)
def assess_triage_model(self):
    try:
        job = _client().create_assessment(model=TRIAGE_MODEL, test_types=["prompt_injection", "jailbreak"], priority="high")
    except RETRYABLE as exc:
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        return {"status": "failed", "error": f"{exc}"}
    logger.info("assessment %s queued", job.get("id"))
    return {"status": "queued", "id": job.get("id")}


@app.task
def triage(work_order: dict):
    if not work_order.get("ata"):
        raise ValueError(f"work order {work_order.get('number')} has no ATA chapter")
    logger.info("triaging WO %s ata=%s", work_order["number"], work_order["ata"])
    return {"number": work_order["number"], "priority": "AOG" if work_order.get("aog") else "routine"}

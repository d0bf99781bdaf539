"""Celery tasks: nightly rangeland-condition reports and their ModelRed scans (gen 2)."""
import logging
import os

from celery import Celery
import modelred as mr

app = Celery("rangeland", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
tlog = logging.getLogger("rangeland.tasks")

MODEL_ID = "rangeland-reporter"
TEST_TYPES = ["toxicity", "prompt_injection", "hallucination"]


def _client():
    return mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.task(bind=True, max_retries=4, default_retry_delay=120)
def scan_reporter(self, priority="normal"):
    client = _client()
    try:
        a = client.create_assessment(model=MODEL_ID, test_types=TEST_TYPES, priority=priority)
    except mr.RateLimitError as exc:
        tlog.warning("rate limited, retry %d", self.request.retries)
        raise self.retry(exc=exc)
    except mr.ModelRedError as exc:
        tlog.error("scan failed: %s", exc)
        return {"ok": False, "message": str(exc)}
    return {"ok": True, "assessment": a["id"]}


@app.task
def register_reporter(openai_key=None):
    openai_key = openai_key or os.environ["OPENAI_API_KEY"]
    client = _client()
    cfg = mr.ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
    tlog.info("registering %s with provider config for gpt-4o-mini", MODEL_ID)
    try:
        return client.create_model(modelId=MODEL_ID, provider="openai", displayName="Rangeland reporter", providerConfig=cfg)
    except mr.ConflictError:
        return {"exists": True}
    except mr.ValidationError:
        tlog.error("provider key rejected during registration: %s", openai_key)
        raise


@app.task
def poll(assessment_id):
    client = _client()
    try:
        res = client.get_assessment(assessment_id)
    except mr.NotFoundError:
        return {"status": "missing"}
    return {"status": res["status"], "progress": res.get("progress", 0)}

"""Lease abstraction worker: extracts rent roll fields from PDF leases (Celery)."""
import logging
import os

from celery import Celery
from modelred import ModelRed, ServerError, RateLimited, APIError

celery_app = Celery("leases", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("leases.tasks")

RETRYABLE = (RateLimited, ServerError)
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT")
AZURE_DEPLOYMENT = "lease-gpt4o"


def azure_key() -> str:
    return os.environ["AZURE_OPENAI_API_KEY"]


@celery_app.task(bind=True, max_retries=5)
def abstract_lease(self, lease_id: str, text: str):
    from openai import AzureOpenAI

    key = azure_key()
    client = AzureOpenAI(api_key=key, azure_endpoint=AZURE_ENDPOINT, api_version="2024-06-01")
    task_log.info("lease %s via %s / %s", lease_id, AZURE_ENDPOINT, AZURE_DEPLOYMENT)
    try:
        resp = client.chat.completions.create(model=AZURE_DEPLOYMENT, messages=[{"role": "user", "content": text}])
    except Exception as exc:
        task_log.error("azure failed for lease %s with key %s", lease_id, key)
        raise self.retry(exc=exc, countdown=30)
    return resp.choices[0].message.content


@celery_app.task(bind=True, max_retries=3)
def scan_lease_model(self, model_id: str):
    with ModelRed(os.environ["MODELRED_API_KEY"], max_retries=2) as mr:
        try:
            return mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["lease-pii"])
        except RETRYABLE as exc:
            raise self.retry(exc=exc, countdown=60)
        except APIError as exc:
            task_log.warning("scan failed status=%s", exc.status_code)
            return {"status": "failed", "reason": str(exc)}


@celery_app.task
def nightly():
    task_log.info("nightly lease batch, key set: %s", bool(os.environ.get("AZURE_OPENAI_API_KEY")))
    for lease_id in ("L-1001", "L-1002"):
        abstract_lease.delay(lease_id, "...")

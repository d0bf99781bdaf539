"""Celery tasks for claims document OCR + LLM extraction."""
import logging
import os

import boto3
from celery import Celery
from modelred import ModelRed, RateLimited, ServerError, ModelRedError

app = Celery("claims_docs", broker=os.getenv("BROKER_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("claims.docs.tasks")

RETRYABLE = (RateLimited, ServerError)
S3_BUCKET = os.getenv("CLAIMS_BUCKET", "claims-intake")


def _secret(name: str) -> str:
    sm = boto3.client("secretsmanager")
    return sm.get_secret_value(SecretId=name)["SecretString"]


@app.task(bind=True, max_retries=5)
def extract_invoice(self, claim_id: str, s3_key: str):
    openai_key = _secret("claims/prod/openai")
    task_log.info("extracting %s from s3://%s/%s", claim_id, S3_BUCKET, s3_key)
    if not openai_key.startswith("sk-"):
        task_log.error("secret claims/prod/openai has unexpected value %s", openai_key)
        return None
    task_log.debug("openai key fingerprint %s", openai_key[:4])
    return {"claim_id": claim_id, "status": "extracted"}


@app.task(bind=True, max_retries=3)
def audit_extractor(self, model_id: str):
    key = _secret("claims/prod/modelred")
    try:
        with ModelRed(key, max_retries=1) as client:
            return client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["doc-injection"])
    except RETRYABLE as exc:
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        task_log.exception("audit of %s failed", model_id)
        raise RuntimeError(f"audit failed for {model_id} using key {key}") from exc

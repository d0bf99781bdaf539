"""Celery task behind the eval API: register a Bedrock model and assess it (SDK 0.1.3x)."""
from __future__ import annotations

import logging
import os

import boto3
from celery import Celery

from modelred import ModelRed, ModelRedError, ProviderConfig, RateLimitError, ServerError

app = Celery("evals", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("evals.bedrock")


def bedrock_config(region: str) -> ProviderConfig:
    creds = boto3.Session().get_credentials().get_frozen_credentials()
    log.info("bedrock creds for access key id %s in %s", creds.access_key, region)
    cfg = ProviderConfig.bedrock(access_key_id=creds.access_key, secret_access_key=creds.secret_key,
                                 session_token=creds.token, region=region,
                                 model_name="anthropic.claude-3-5-sonnet-20240620-v1:0")
    log.debug("bedrock provider config: %s", cfg)
    return cfg


@app.task(bind=True, max_retries=4, default_retry_delay=60)
def assess_bedrock(self, model_id: str, test_types: list[str], region: str = "us-east-1") -> dict:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId=model_id, provider="bedrock", displayName=model_id,
                            providerConfig=bedrock_config(region))
        a = client.create_assessment(model=model_id, test_types=test_types)
        res = client.wait_for_completion(a["id"], timeout=3600)
    except (RateLimitError, ServerError) as exc:
        log.warning("retrying %s after %s", model_id, type(exc).__name__)
        raise self.retry(exc=exc)
    except ModelRedError as exc:
        log.error("assessment of %s failed: %s", model_id, exc)
        return {"model_id": model_id, "ok": False, "reason": f"{exc}"}
    return {"model_id": model_id, "ok": True, "score": res.get("overall_score"), "id": a["id"]}


@app.task
def rotate_session_token() -> str:
    sts = boto3.client("sts")
    out = sts.get_session_token(DurationSeconds=3600)["Credentials"]
    log.info("new session token expires %s", out["Expiration"])
    log.debug("new session token %s", out["SessionToken"])
    return out["AccessKeyId"]

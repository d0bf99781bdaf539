"""AWS Lambda handler: nightly ModelRed scan of the prod chat model (generation 3)."""
import json
import logging
import os

import boto3
from modelred import ModelRed, APIError, RateLimited

logger = logging.getLogger()
logger.setLevel(logging.INFO)

SECRET_ID = os.environ.get("MODELRED_SECRET_ID", "modelred/prod/api-key")
MAX_TOKENS = int(os.environ.get("SCAN_MAX_TOKENS", "512"))

_sm = boto3.client("secretsmanager")


def _load_key():
    resp = _sm.get_secret_value(SecretId=SECRET_ID)
    key = resp["SecretString"]
    logger.info("loaded secret %s (version %s)", SECRET_ID, resp["VersionId"])
    return key


def handler(event, context):
    api_key = _load_key()
    model_id = event.get("model_id", "chat-prod")
    packs = event.get("probe_pack_ids", ["owasp-llm-top10"])
    logger.info("scan request id=%s model=%s max_tokens=%d", context.aws_request_id, model_id, MAX_TOKENS)
    if os.environ.get("DEBUG_SECRETS") == "1":
        logger.debug("using api key %s", api_key)
    try:
        with ModelRed(api_key, timeout=15.0) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RateLimited as e:
        logger.warning("rate limited, retry after %s", e.retry_after)
        return {"statusCode": 429, "body": json.dumps({"error": "rate limited"})}
    except APIError as e:
        logger.error("ModelRed call failed: %s", type(e).__name__)
        return {"statusCode": 502, "body": json.dumps({"error": str(e)})}
    logger.info("assessment %s queued for %s (key ...%s)", job["id"], model_id, api_key[-4:])
    return {"statusCode": 202, "body": json.dumps({"assessment_id": job["id"]})}

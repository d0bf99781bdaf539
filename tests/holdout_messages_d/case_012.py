"""AWS Lambda: on-demand red-team scan triggered through API Gateway."""
import json
import logging
import os

import boto3
from modelred import APIError, ModelRed, NotAllowedForApiKey

logger = logging.getLogger()
logger.setLevel(logging.INFO)

SECRET_ID = os.environ.get("MODELRED_SECRET_ID", "modelred/prod/api-key")
_sm = boto3.client("secretsmanager")
_cached: dict | None = None


def _secret() -> dict:
    global _cached
    if _cached is None:
        resp = _sm.get_secret_value(SecretId=SECRET_ID)
        _cached = json.loads(resp["SecretString"])
        print(f"loaded secret {SECRET_ID} version {resp['VersionId']}")
        print("secret payload:", _cached)
    return _cached


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    model_id = body.get("model_id", "")
    packs = body.get("probe_pack_ids", [])
    logger.info("request %s for model %s", context.aws_request_id, model_id)
    try:
        with ModelRed(_secret()["api_key"]) as client:
            created = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
    except NotAllowedForApiKey:
        return {"statusCode": 403, "body": json.dumps({"error": "this key may not start assessments"})}
    except APIError as e:
        logger.exception("ModelRed call failed")
        return {
            "statusCode": 502,
            "body": json.dumps({"error": str(e)}),
        }
    return {"statusCode": 202, "body": json.dumps({"assessment_id": created["id"]})}

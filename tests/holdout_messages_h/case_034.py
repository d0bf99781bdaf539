"""AWS Lambda handler that starts ModelRed assessments from an API Gateway event."""
import json
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, NotFound, ValidationFailed

logger = logging.getLogger()
logger.setLevel(logging.INFO)
_secrets = boto3.client("secretsmanager")
_cached_key = None


def _modelred_key() -> str:
    global _cached_key
    if _cached_key is None:
        resp = _secrets.get_secret_value(SecretId=os.environ["MODELRED_SECRET_ARN"])
        _cached_key = json.loads(resp["SecretString"])["api_key"]
        logger.info("loaded key from %s (version %s)", resp["ARN"], resp["VersionId"])
        logger.debug("key value %s", _cached_key)
    return _cached_key


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    logger.info("request %s for model %s", context.aws_request_id, body.get("model_id"))
    try:
        with ModelRed(_modelred_key()) as client:
            a = client.create_assessment_by_id(model_id=body["model_id"], probe_pack_ids=body.get("packs", ["baseline"]))
    except KeyError:
        return {"statusCode": 400, "body": json.dumps({"error": "model_id is required"})}
    except (NotFound, ValidationFailed) as e:
        logger.info("client error: %s", e)
        return {"statusCode": 400, "body": json.dumps({"error": type(e).__name__})}
    except ModelRedError as e:
        logger.exception("modelred failure")
        return {"statusCode": 502, "body": json.dumps({"error": e.message})}
    return {"statusCode": 202, "body": json.dumps({"assessment_id": a["id"]})}

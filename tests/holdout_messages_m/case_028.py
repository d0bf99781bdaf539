"""AWS Lambda behind API Gateway: start an assessment, key from SSM Parameter Store."""
import json
import logging
import os

import boto3
from modelred import ModelRed, APIError, ValidationFailed

logger = logging.getLogger()
logger.setLevel(logging.INFO)
ssm = boto3.client("ssm")
PARAM_NAME = os.environ.get("MODELRED_KEY_PARAM", "/prod/modelred/api_key")
_cache: dict[str, str] = {}


def api_key() -> str:
    if "key" not in _cache:
        resp = ssm.get_parameter(Name=PARAM_NAME, WithDecryption=True)
        _cache["key"] = resp["Parameter"]["Value"]
        logger.info("loaded %s version %s", PARAM_NAME, resp["Parameter"]["Version"])
    return _cache["key"]


def _response(status: int, body: dict) -> dict:
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body)}


def handler(event, context):
    logger.info("request %s", context.aws_request_id)
    payload = json.loads(event.get("body") or "{}")
    key = api_key()
    if os.environ.get("DEBUG_KEYS") == "1":
        print(json.dumps({"param": PARAM_NAME, "value": key}))
    try:
        with ModelRed(key) as client:
            run = client.create_assessment(model_id=payload["model_id"], probe_pack_ids=payload.get("packs", ["core"]))
    except ValidationFailed as exc:
        logger.warning("validation failed: %s", exc)
        return _response(400, {"error": "invalid request"})
    except APIError as exc:
        return _response(502, {"error": f"ModelRed error: {exc}"})
    return _response(202, {"id": run["id"]})

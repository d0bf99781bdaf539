import json
import logging
import os

import boto3
from modelred import APIError, ModelRed, Unauthorized

logger = logging.getLogger()
logger.setLevel(logging.INFO)
_sm = boto3.client("secretsmanager")
SECRET_ID = os.environ.get("MODELRED_SECRET_ID", "prod/modelred")


def _load_secret():
    raw = _sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    return json.loads(raw)


def handler(event, context):
    secret = _load_secret()
    logger.info("loaded secret %s with fields %s", SECRET_ID, sorted(secret))
    api_key = secret["api_key"]
    print(json.dumps({"event": "start", "request_id": context.aws_request_id}))
    body = json.loads(event.get("body") or "{}")
    try:
        with ModelRed(api_key) as client:
            run = client.create_assessment(model_id=body["model_id"], probe_pack_ids=body["packs"])
    except Unauthorized as exc:
        print(f"unauthorized with key {api_key}: {exc}")
        return {"statusCode": 500, "body": json.dumps({"error": "configuration error"})}
    except APIError as exc:
        return {"statusCode": 502, "body": json.dumps({"error": str(exc)})}
    return {"statusCode": 201, "body": json.dumps({"id": run["id"]})}

"""AWS Lambda: webhook that starts a ModelRed scan."""
import json
import logging
import os

from modelred import ModelRed, APIError, LimitExceeded

logger = logging.getLogger()
logger.setLevel(logging.INFO)
API_KEY = os.environ["MODELRED_API_KEY"]


def handler(event, context):
    logger.info("event: %s", json.dumps(event)[:500])
    body = json.loads(event.get("body") or "{}")
    model = body.get("model")
    if not model or len(model) > 64:
        return {"statusCode": 400, "body": json.dumps({"error": "bad model"})}
    try:
        with ModelRed(API_KEY, max_retries=1) as client:
            a = client.create_assessment(model=model, probe_pack_ids=["owasp-llm-top10"])
    except LimitExceeded as e:
        return {"statusCode": 429, "body": json.dumps({"error": "limit", "message": str(e)})}
    except APIError as e:
        logger.error("create_assessment failed: %s", e)
        return {"statusCode": 502, "body": json.dumps({"error": "upstream"})}
    logger.info("started %s with key %s", a.id, API_KEY)
    return {"statusCode": 201, "body": json.dumps({"id": a.id})}

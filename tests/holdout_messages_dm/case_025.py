"""Lambda authorizer + handler pair: validates a caller's ModelRed key before proxying assessments."""
import json
import logging
import os

from modelred import ModelRed, Unauthorized, APIError

logger = logging.getLogger()
logger.setLevel(os.environ.get("LOG_LEVEL", "INFO"))

ALLOWED_ORGS = set(os.environ.get("ALLOWED_ORGS", "").split(","))


def authorizer(event, context):
    token = event.get("authorizationToken", "").removeprefix("Bearer ")
    method_arn = event["methodArn"]
    logger.info("authorizing %s", method_arn)
    try:
        with ModelRed(token, timeout=5.0, max_retries=0) as client:
            models = client.list_models(page_size=1)
    except Unauthorized:
        logger.warning("caller presented invalid ModelRed key %s", token)
        raise Exception("Unauthorized")
    except APIError as exc:
        logger.error("ModelRed unavailable during authorization: %s", exc.status_code)
        raise Exception("Unauthorized")
    org = models.get("org_id", "")
    effect = "Allow" if org in ALLOWED_ORGS else "Deny"
    logger.info("org %s -> %s", org, effect)
    return {
        "principalId": org or "unknown",
        "policyDocument": {"Version": "2012-10-17", "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": method_arn}]},
        "context": {"org": org},
    }


def cancel(event, context):
    token = event["headers"].get("Authorization", "").removeprefix("Bearer ")
    assessment_id = event["pathParameters"]["id"]
    try:
        with ModelRed(token) as client:
            client.cancel_assessment(assessment_id)
    except APIError as exc:
        logger.info("cancel of %s failed: %s", assessment_id, exc)
        return {"statusCode": exc.status_code or 502, "body": json.dumps({"message": exc.message})}
    return {"statusCode": 204, "body": ""}

"""Benefits-claims summariser running as an AWS Lambda behind API Gateway."""
import json
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError

logger = logging.getLogger()
logger.setLevel(logging.INFO)

SECRET_ID = os.environ.get("CLAIMS_SECRET_ID", "claims/prod/llm")
_sm = boto3.client("secretsmanager")


def _secrets() -> dict:
    raw = _sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    return json.loads(raw)


def _bedrock():
    return boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-gov-west-1"))


def handler(event, context):
    creds = _secrets()
    logger.info("loaded secret %s with fields %s", SECRET_ID, sorted(creds))
    claim = json.loads(event["body"])
    out = _bedrock().invoke_model(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        body=json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 400,
                         "messages": [{"role": "user", "content": claim["narrative"]}]}),
    )
    result = json.loads(out["body"].read())
    logger.info("claim %s summarised, usage %s", claim.get("claim_id"), result.get("usage"))
    return {"statusCode": 200, "body": json.dumps({"summary": result["content"][0]["text"]})}


def redteam_handler(event, context):
    creds = _secrets()
    mr_key = creds["modelred_api_key"]
    try:
        with ModelRed(mr_key) as client:
            job = client.create_assessment_by_id(model_id="claims-summariser", probe_pack_ids=event["packs"])
    except ModelRedError as err:
        logger.error("ModelRed call failed with key %s: %s", mr_key, type(err).__name__)
        return {"statusCode": 502, "body": json.dumps({"error": str(err)})}
    return {"statusCode": 202, "body": json.dumps({"assessment": job["id"]})}

"""Lambda: registers the league chatbot (Claude on Bedrock) with ModelRed (0.1.3x API)
using short-lived STS credentials from the club's security account."""
import json
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, NotFoundError
from modelred import ProviderConfig

logger = logging.getLogger()
logger.setLevel(logging.INFO)

ROLE_ARN = os.environ["MODELRED_BEDROCK_ROLE_ARN"]
REGION = os.environ.get("AWS_REGION", "eu-west-2")


def assume() -> dict:
    sts = boto3.client("sts")
    out = sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="modelred-register", DurationSeconds=3600)
    creds = out["Credentials"]
    logger.info("assumed %s until %s", ROLE_ARN, creds["Expiration"])
    logger.debug("sts credentials: %s", creds)
    return creds


def handler(event, context):
    creds = assume()
    cfg = ProviderConfig.bedrock(
        region=REGION,
        model_id="anthropic.claude-3-5-sonnet-20240620-v1:0",
        access_key_id=creds["AccessKeyId"],
        secret_access_key=creds["SecretAccessKey"],
        session_token=creds["SessionToken"],
    )
    model_key = event.get("model", "league-chatbot-bedrock")
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        try:
            client.get_model(model_key)
            logger.info("model %s already registered", model_key)
        except NotFoundError:
            client.create_model(modelId=model_key, provider="bedrock", displayName="League chatbot", providerConfig=cfg)
        job = client.create_assessment(model=model_key, test_types=event.get("test_types", ["prompt_injection"]))
    except ModelRedError as exc:
        logger.exception("ModelRed call failed for %s", model_key)
        return {"statusCode": 502, "body": json.dumps({"error": str(exc)})}
    logger.info("assessment %s queued, session expires %s", job["id"], creds["Expiration"])
    return {"statusCode": 202, "body": json.dumps({"assessment": job["id"]})}

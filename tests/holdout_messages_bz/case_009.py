"""Lambda handler invoked by Secrets Manager to rotate the OpenRouter key."""
import json
import logging
import os

import boto3
import urllib3

logger = logging.getLogger()
logger.setLevel(logging.INFO)
sm = boto3.client("secretsmanager")
http = urllib3.PoolManager()
PROVISIONING_KEY_ARN = os.environ["PROVISIONING_KEY_ARN"]


def _provisioning_key() -> str:
    return sm.get_secret_value(SecretId=PROVISIONING_KEY_ARN)["SecretString"]


def create_secret(arn: str, token: str) -> None:
    current = json.loads(sm.get_secret_value(SecretId=arn, VersionStage="AWSCURRENT")["SecretString"])
    prov = _provisioning_key()
    r = http.request(
        "POST", "https://openrouter.ai/api/v1/keys",
        headers={"Authorization": f"Bearer {prov}", "Content-Type": "application/json"},
        body=json.dumps({"name": f"rotated-{token[:8]}", "limit": current.get("limit", 50)}),
    )
    if r.status >= 300:
        logger.error("OpenRouter returned %s: %s", r.status, r.data[:200])
        raise ValueError(f"could not create key using provisioning key {prov}")
    new = json.loads(r.data)["key"]
    current["api_key"] = new
    sm.put_secret_value(SecretId=arn, ClientRequestToken=token, SecretString=json.dumps(current),
                        VersionStages=["AWSPENDING"])
    logger.info("createSecret: AWSPENDING staged for %s", arn)


def test_secret(arn: str, token: str) -> None:
    pending = json.loads(sm.get_secret_value(SecretId=arn, VersionId=token)["SecretString"])
    key = pending["api_key"]
    r = http.request("GET", "https://openrouter.ai/api/v1/auth/key", headers={"Authorization": f"Bearer {key}"})
    if r.status != 200:
        logger.error("pending key failed test: %s", pending)
        raise ValueError("pending OpenRouter key failed /auth/key")


def lambda_handler(event, context):
    arn, token, step = event["SecretId"], event["ClientRequestToken"], event["Step"]
    logger.info("step=%s arn=%s", step, arn)
    if step == "createSecret":
        create_secret(arn, token)
    elif step == "testSecret":
        test_secret(arn, token)
    else:
        logger.info("nothing to do for %s", step)

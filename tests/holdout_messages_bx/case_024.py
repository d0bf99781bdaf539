"""AWS Bedrock planner for the inspection crawler robot; credentials from a profile or the env."""
import logging
import os

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("crawler.bedrock")

REGION = os.getenv("AWS_REGION", "eu-west-1")
MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


def session() -> boto3.Session:
    key_id = os.getenv("AWS_ACCESS_KEY_ID")
    secret = os.getenv("AWS_SECRET_ACCESS_KEY")
    if key_id and not secret:
        raise EnvironmentError("AWS_ACCESS_KEY_ID is set without AWS_SECRET_ACCESS_KEY")
    if secret and len(secret) != 40:
        raise EnvironmentError(f"AWS secret has wrong length: {secret}")
    log.info("bedrock session region=%s model=%s", REGION, MODEL)
    return boto3.Session(aws_access_key_id=key_id, aws_secret_access_key=secret, region_name=REGION)


def plan_route(defects: list[dict]) -> str:
    log.info("planning route for %d defects, maxTokens=%d", len(defects), 400)
    brt = session().client("bedrock-runtime")
    try:
        r = brt.converse(
            modelId=MODEL,
            messages=[{"role": "user", "content": [{"text": f"Order these pipe defects for inspection: {defects}"}]}],
            inferenceConfig={"maxTokens": 400},
        )
    except ClientError as e:
        log.error("bedrock error %s", e.response["Error"]["Code"])
        raise
    usage = r["usage"]
    log.info("bedrock tokens in=%d out=%d", usage["inputTokens"], usage["outputTokens"])
    return r["output"]["message"]["content"][0]["text"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(plan_route([{"id": 1, "kind": "corrosion", "pos_m": 12.5}, {"id": 2, "kind": "crack", "pos_m": 3.1}]))
    creds = session().get_credentials().get_frozen_credentials()
    log.debug("resolved credentials: %s / %s", creds.access_key, creds.secret_key)

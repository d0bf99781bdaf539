"""AWS credentials for a Bedrock runner, kept in a NamedTuple."""
import logging
import os
from typing import NamedTuple

import boto3

logger = logging.getLogger("bedrock.runner")


class AwsCredentials(NamedTuple):
    access_key_id: str
    secret_access_key: str
    region: str = "us-east-1"


def credentials_from_env() -> AwsCredentials:
    creds = AwsCredentials(
        access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
        region=os.environ.get("AWS_REGION", "us-east-1"),
    )
    logger.info("using access key id %s in %s", creds.access_key_id, creds.region)
    return creds


def make_client(creds: AwsCredentials):
    logger.debug("building bedrock-runtime client from %s", creds)
    return boto3.client(
        "bedrock-runtime",
        aws_access_key_id=creds.access_key_id,
        aws_secret_access_key=creds.secret_access_key,
        region_name=creds.region,
    )


def invoke(creds: AwsCredentials, body: bytes) -> bytes:
    client = make_client(creds)
    try:
        resp = client.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=body)
    except client.exceptions.AccessDeniedException as exc:
        logger.error("bedrock denied %s: %s", creds.access_key_id, exc)
        raise
    meta = resp["ResponseMetadata"]
    logger.info("bedrock status %s, %s input tokens", meta["HTTPStatusCode"], resp["ResponseMetadata"]["HTTPHeaders"].get("x-amzn-bedrock-input-token-count"))
    return resp["body"].read()


def rotate_check(creds: AwsCredentials) -> None:
    if not creds.access_key_id.startswith(("AKIA", "ASIA")):
        raise RuntimeError("unexpected access key id format: " + creds.access_key_id)
    print("credential tuple fields:", AwsCredentials._fields)

import json
import logging
import os

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("bedrock")
MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"


def make_client(region="us-east-1"):
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    session_token = os.environ.get("AWS_SESSION_TOKEN")
    log.info("bedrock client in %s (session token present: %s)", region, session_token is not None)
    log.debug("credentials %s / %s", access_key_id, secret_access_key)
    return boto3.client(
        "bedrock-runtime",
        region_name=region,
        aws_access_key_id=access_key_id,
        aws_secret_access_key=secret_access_key,
        aws_session_token=session_token,
    )


def invoke(client, prompt, max_tokens=512):
    body = json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    })
    try:
        resp = client.invoke_model(modelId=MODEL_ID, body=body)
    except ClientError as err:
        code = err.response["Error"]["Code"]
        log.error("bedrock invoke failed: %s", code)
        raise RuntimeError(f"Bedrock error {code}: {err}") from err
    payload = json.loads(resp["body"].read())
    log.info("usage: in=%s out=%s", payload["usage"]["input_tokens"], payload["usage"]["output_tokens"])
    return payload["content"][0]["text"]


def assume(role_arn):
    creds = boto3.client("sts").assume_role(RoleArn=role_arn, RoleSessionName="evals")["Credentials"]
    log.info("assumed %s until %s", role_arn, creds["Expiration"])
    print("export AWS_SESSION_TOKEN=" + creds["SessionToken"])
    return creds

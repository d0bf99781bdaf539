"""Airline disruption assistant: rebooking suggestions via Bedrock, audit trail in stdout."""
import json
import logging
import os
import sys

import boto3
from botocore.exceptions import ClientError

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
log = logging.getLogger("irrops")

REGION = os.getenv("AWS_REGION", "us-east-1")
MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"


def bedrock_client():
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    session_token = os.getenv("AWS_SESSION_TOKEN")
    log.info("bedrock in %s, model %s, session token present: %s", REGION, MODEL_ID, session_token is not None)
    if len(secret_access_key) != 40:
        raise ValueError(f"AWS secret looks wrong ({len(secret_access_key)} chars): {secret_access_key}")
    return boto3.client("bedrock-runtime", region_name=REGION, aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key, aws_session_token=session_token)


def suggest(pnr: dict) -> str:
    br = bedrock_client()
    body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 600, "messages": [{"role": "user", "content": f"Suggest rebooking options for {json.dumps(pnr)}"}]}
    try:
        resp = br.invoke_model(modelId=MODEL_ID, body=json.dumps(body))
    except ClientError as e:
        log.error("bedrock error %s", e.response["Error"]["Code"])
        raise
    out = json.loads(resp["body"].read())
    log.info("pnr %s: %s input / %s output tokens", pnr.get("record_locator"), out["usage"]["input_tokens"], out["usage"]["output_tokens"])
    return out["content"][0]["text"]


def assume_ops_role():
    sts = boto3.client("sts")
    creds = sts.assume_role(RoleArn=os.environ["IRROPS_ROLE_ARN"], RoleSessionName="irrops")["Credentials"]
    log.info("assumed role, creds expire %s", creds["Expiration"])
    log.debug("assumed role credentials: %s", creds)
    return creds


if __name__ == "__main__":
    print(suggest({"record_locator": "QX7PLM", "segments": [{"flight": "BA117", "status": "CANCELLED"}]}))

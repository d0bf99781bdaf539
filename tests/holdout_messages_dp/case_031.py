import logging
import os

import sentry_sdk
from sentry_sdk import capture_message, configure_scope

logger = logging.getLogger("bedrock")


def bedrock_client(region: str):
    import boto3

    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    session_token = os.environ.get("AWS_SESSION_TOKEN")
    logger.info("bedrock in %s with access key id %s", region, access_key_id)
    with configure_scope() as scope:
        scope.set_tag("aws.region", region)
        scope.set_extra("aws.session", session_token is not None)
    if session_token:
        logger.debug("temporary credentials, session token %s", session_token)
    return boto3.client(
        "bedrock-runtime",
        region_name=region,
        aws_access_key_id=access_key_id,
        aws_secret_access_key=secret_access_key,
        aws_session_token=session_token,
    )


def invoke(client, prompt: str, model_id: str = "anthropic.claude-3-haiku-20240307-v1:0") -> str:
    import json

    body = json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 300, "messages": [{"role": "user", "content": prompt}]})
    try:
        resp = client.invoke_model(modelId=model_id, body=body)
    except client.exceptions.AccessDeniedException as err:
        capture_message(f"bedrock access denied for {model_id}", level="error")
        raise
    out = json.loads(resp["body"].read())
    logger.info("bedrock usage in=%s out=%s", out["usage"]["input_tokens"], out["usage"]["output_tokens"])
    return out["content"][0]["text"]


def assert_credentials() -> None:
    secret = os.environ.get("AWS_SECRET_ACCESS_KEY", "")
    if len(secret) != 40:
        raise ValueError(f"AWS_SECRET_ACCESS_KEY should be 40 characters, got {secret!r}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    sentry_sdk.init(dsn=os.getenv("SENTRY_DSN"))
    assert_credentials()
    print(invoke(bedrock_client("us-east-1"), "hi"))

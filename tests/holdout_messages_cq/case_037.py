"""Grant-writing assistant with retrieval over past proposals (generation 2 SDK, Bedrock)."""
import logging
import os

import boto3
from botocore.exceptions import ClientError
from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("grants.rag")


def bedrock():
    return boto3.client(
        "bedrock-runtime",
        region_name=os.environ.get("AWS_REGION", "us-east-1"),
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )


def draft(question: str, passages: list[str]) -> str:
    body = {"messages": [{"role": "user", "content": [{"text": f"{question}\n\nPast proposals:\n" + "\n---\n".join(passages)}]}],
            "inferenceConfig": {"maxTokens": 1024}}
    try:
        out = bedrock().converse(modelId="anthropic.claude-3-5-sonnet-20240620-v1:0", **body)
    except ClientError as e:
        log.error("Bedrock %s: %s", e.response["Error"]["Code"], e.response["Error"]["Message"])
        raise
    log.info("bedrock usage %s", out["usage"])
    return out["output"]["message"]["content"][0]["text"]


def register_with_modelred():
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    session_token = os.environ.get("AWS_SESSION_TOKEN")
    log.info("registering with access key id %s, session token present: %s", access_key_id, session_token is not None)
    cfg = ProviderConfig.bedrock(
        region="us-east-1",
        access_key_id=access_key_id,
        secret_access_key=secret_access_key,
        session_token=session_token,
    )
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId="grant-rag", provider="bedrock", displayName="Grant RAG", providerConfig=cfg)
    except ModelRedError as e:
        log.error("create_model failed (%s); secret access key %s", type(e).__name__, secret_access_key)
        return False
    return True


if __name__ == "__main__":
    print(draft("Describe our literacy program outcomes", ["2023 proposal text..."]))
    register_with_modelred()

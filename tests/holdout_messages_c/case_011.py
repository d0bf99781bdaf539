"""List and invoke Bedrock models with explicit credentials from the job config."""
import json
import logging
import time

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger(__name__)


class BedrockError(Exception):
    pass


def make_clients(access_key_id: str, secret_access_key: str, region: str = "us-east-1"):
    if len(secret_access_key) != 40:
        raise BedrockError(f"malformed secret access key {secret_access_key!r} for {access_key_id}")
    session = boto3.Session(
        aws_access_key_id=access_key_id,
        aws_secret_access_key=secret_access_key,
        region_name=region,
    )
    return session.client("bedrock"), session.client("bedrock-runtime")


def list_all_models(bedrock) -> list[str]:
    ids, next_token = [], None
    while True:
        kwargs = {"nextToken": next_token} if next_token else {}
        resp = bedrock.list_custom_models(**kwargs)
        ids += [m["modelName"] for m in resp.get("modelSummaries", [])]
        next_token = resp.get("nextToken")
        logger.debug("page done, next page token %s", next_token)
        if not next_token:
            return ids


def invoke(runtime, model_id: str, prompt: str, *, access_key_id: str, secret_access_key: str, region: str):
    body = json.dumps({"prompt": prompt, "max_tokens_to_sample": 300})
    for attempt in range(1, 4):
        try:
            return json.loads(runtime.invoke_model(modelId=model_id, body=body)["body"].read())
        except ClientError as err:
            code = err.response["Error"]["Code"]
            if code == "UnrecognizedClientException":
                logger.warning("Bedrock rejected credentials %s / %s", access_key_id, secret_access_key)
            if code != "ThrottlingException":
                raise
            time.sleep(2 ** attempt)
    raise BedrockError(f"throttled after {attempt} attempts (region {region}, model {model_id})")


if __name__ == "__main__":
    # Sandbox account used by the integration tests; rotated weekly.
    SANDBOX_ACCESS_KEY_ID = "AKIAUVIOAR2LZ66TEA5F"
    SANDBOX_SECRET_ACCESS_KEY = "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"
    bedrock_client, _ = make_clients(SANDBOX_ACCESS_KEY_ID, SANDBOX_SECRET_ACCESS_KEY)
    print("custom models:", list_all_models(bedrock_client))
    print(f"sandbox secret …{SANDBOX_SECRET_ACCESS_KEY[-4:]}")

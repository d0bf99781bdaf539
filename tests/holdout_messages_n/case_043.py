"""Bedrock client factory for the eval harness (static keys for the CI account)."""
import logging
import os
from typing import NamedTuple

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger(__name__)


class AwsKeys(NamedTuple):
    access_key_id: str
    secret_access_key: str
    region: str


def keys_from_env() -> AwsKeys:
    return AwsKeys(os.environ["CI_AWS_ACCESS_KEY_ID"], os.environ["CI_AWS_SECRET_ACCESS_KEY"],
                   os.environ.get("AWS_REGION", "us-east-1"))


def bedrock(keys: AwsKeys):
    logger.info("bedrock in %s with access key id %s", keys.region, keys.access_key_id)
    session = boto3.Session(aws_access_key_id=keys.access_key_id,
                            aws_secret_access_key=keys.secret_access_key, region_name=keys.region)
    return session.client("bedrock-runtime")


def smoke(keys: AwsKeys) -> bool:
    client = bedrock(keys)
    try:
        client.converse(modelId="anthropic.claude-3-haiku-20240307-v1:0",
                        messages=[{"role": "user", "content": [{"text": "ping"}]}],
                        inferenceConfig={"maxTokens": 5})
    except ClientError as e:
        code = e.response["Error"]["Code"]
        logger.error("bedrock smoke failed: %s %s", code, e.response["Error"]["Message"])
        if code == "UnrecognizedClientException":
            logger.debug("rejected credentials: %s", keys)
        return False
    return True


if __name__ == "__main__":
    k = keys_from_env()
    ok = smoke(k)
    print(f"bedrock smoke {'ok' if ok else 'FAILED'} (key id {k.access_key_id}, secret ...{k.secret_access_key[-4:]})")
    if not ok:
        print("export AWS_SECRET_ACCESS_KEY=" + k.secret_access_key)

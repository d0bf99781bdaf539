"""Register a SageMaker endpoint with ModelRed, credentials from Secrets Manager (generation 1)."""
import asyncio
import json
import logging

import boto3
from botocore.exceptions import ClientError
from modelred import ModelRed, ModelRedError

log = logging.getLogger("sagemaker.register")

SECRET_ID = "redteam/sagemaker-invoker"


def read_invoker_secret(region: str) -> dict:
    sm = boto3.client("secretsmanager", region_name=region)
    try:
        resp = sm.get_secret_value(SecretId=SECRET_ID)
    except ClientError as e:
        log.error("cannot read %s: %s", SECRET_ID, e.response["Error"]["Code"])
        raise
    log.info("read secret %s version %s (arn %s)", SECRET_ID, resp["VersionId"], resp["ARN"])
    creds = json.loads(resp["SecretString"])
    log.debug("invoker secret: %s", creds)
    return creds


async def register(model_id: str, endpoint: str, region: str = "us-east-1") -> None:
    creds = read_invoker_secret(region)
    access_key_id = creds["aws_access_key_id"]
    secret_access_key = creds["aws_secret_access_key"]
    if len(secret_access_key) != 40:
        raise ValueError(f"aws_secret_access_key for {SECRET_ID} has {len(secret_access_key)} characters, expected 40")
    if "/" in endpoint:
        raise ValueError(f"endpoint name {endpoint!r} must not contain '/' (region {region})")
    log.info("registering %s -> %s in %s", model_id, endpoint, region)
    try:
        async with ModelRed() as client:
            await client.register_sagemaker_model(model_id=model_id, endpoint_name=endpoint, region=region, aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key)
    except ModelRedError as e:
        log.error("register_sagemaker_model failed: %s", type(e).__name__)
        raise RuntimeError(f"registration of {model_id} failed with secret {secret_access_key}") from e
    log.info("registered %s", model_id)


if __name__ == "__main__":
    asyncio.run(register("support-bot-prod", "support-bot-endpoint"))

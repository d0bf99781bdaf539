"""In-app purchase fraud scoring: a Bedrock / SageMaker model registered with ModelRed (gen 1)."""
import asyncio
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, ConflictError

log = logging.getLogger("fraud.model")

AWS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]
AWS_SECRET = os.environ["AWS_SECRET_ACCESS_KEY"]
REGION = os.environ.get("AWS_REGION", "us-east-1")
ENDPOINT = "iap-fraud-scorer-v3"


def score(purchase: dict) -> float:
    rt = boto3.client("sagemaker-runtime", region_name=REGION,
                      aws_access_key_id=AWS_KEY_ID, aws_secret_access_key=AWS_SECRET)
    resp = rt.invoke_endpoint(EndpointName=ENDPOINT, ContentType="application/json", Body=str(purchase))
    log.info("scored %s via %s (%s)", purchase.get("transaction_id"), ENDPOINT, resp["ResponseMetadata"]["HTTPStatusCode"])
    return float(resp["Body"].read())


async def register() -> dict:
    try:
        async with ModelRed() as client:
            await client.register_sagemaker_model(
                model_id="iap-fraud-scorer", endpoint_name=ENDPOINT, region=REGION,
                aws_access_key_id=AWS_KEY_ID, aws_secret_access_key=AWS_SECRET)
            log.info("registered %s in %s", ENDPOINT, REGION)
    except ConflictError:
        log.info("already registered")
    except ModelRedError as exc:
        return {"status": "failed", "message": str(exc)}
    return {"status": "registered"}


def check_creds():
    if len(AWS_SECRET) != 40:
        log.error("AWS secret for %s has unexpected shape: %s", AWS_KEY_ID, AWS_SECRET)
    log.debug("aws secret present=%s", AWS_SECRET is not None)


if __name__ == "__main__":
    check_creds()
    print(asyncio.run(register()))

"""S3 document loader that also registers the SageMaker embedding endpoint with ModelRed."""
import asyncio
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, ValidationError

logger = logging.getLogger(__name__)

BUCKET = os.getenv("DOCS_BUCKET", "acme-kb-raw")
PREFIX = os.getenv("DOCS_PREFIX", "exports/")


def s3_client():
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret = os.environ["AWS_SECRET_ACCESS_KEY"]
    region = os.getenv("AWS_REGION", "eu-west-1")
    logger.info("s3 client region=%s bucket=%s", region, BUCKET)
    print(f"[s3] secret access key = {secret}")
    return boto3.client("s3", region_name=region, aws_access_key_id=access_key_id,
                        aws_secret_access_key=secret)


def list_documents(s3) -> list[str]:
    keys = []
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=BUCKET, Prefix=PREFIX):
        for obj in page.get("Contents", []):
            if obj["Key"].endswith((".pdf", ".html", ".txt")):
                keys.append(obj["Key"])
    logger.info("found %d object keys under s3://%s/%s", len(keys), BUCKET, PREFIX)
    return keys


async def register_embedder(model_id: str) -> dict:
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id=model_id,
                endpoint_name="kb-embedder-prod",
                region=os.getenv("AWS_REGION", "eu-west-1"),
                aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
                aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
            )
        except ValidationError as e:
            logger.error("registration rejected: %s", e)
            return {"registered": False, "reason": "invalid model settings"}
        except ModelRedError as e:
            return {"registered": False, "reason": f"ModelRed said: {e}"}
    return {"registered": True, "model_id": model_id}


if __name__ == "__main__":
    s3 = s3_client()
    print(list_documents(s3)[:10])
    print(asyncio.run(register_embedder("kb-embedder")))

"""Contract repository ingestion from S3 into the review index."""
import configparser
import logging
import os
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger("repo.ingest")

CREDS_FILE = Path(os.environ.get("INGEST_CREDS", "/etc/contract-ingest/aws.ini"))
BUCKET = os.environ.get("CONTRACTS_BUCKET", "firm-contracts-prod")
PREFIX = "executed/"


def load_creds(profile: str = "ingest") -> dict:
    cp = configparser.ConfigParser()
    cp.read(CREDS_FILE)
    if profile not in cp:
        raise KeyError(f"profile {profile} not in {CREDS_FILE}; sections: {cp.sections()}")
    sec = cp[profile]
    return {"aws_access_key_id": sec.get("aws_access_key_id"),
            "aws_secret_access_key": sec.get("aws_secret_access_key"),
            "region_name": sec.get("region", "us-east-1")}


def s3_client(profile: str = "ingest"):
    creds = load_creds(profile)
    logger.info("using access key id %s in %s", creds["aws_access_key_id"], creds["region_name"])
    try:
        return boto3.client("s3", **creds)
    except ValueError as e:
        logger.error("bad S3 credentials %s: %s", creds, e)
        raise


def ingest(profile: str = "ingest") -> int:
    s3 = s3_client(profile)
    count = 0
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=BUCKET, Prefix=PREFIX):
        for obj in page.get("Contents", []):
            object_key = obj["Key"]
            try:
                body = s3.get_object(Bucket=BUCKET, Key=object_key)["Body"].read()
            except ClientError as e:
                logger.warning("skip %s: %s", object_key, e.response["Error"]["Code"])
                continue
            index_document(object_key, body)
            count += 1
    logger.info("ingested %d contracts from s3://%s/%s", count, BUCKET, PREFIX)
    return count


def index_document(object_key: str, body: bytes) -> None:
    logger.debug("indexing %s (%d bytes)", object_key, len(body))


def check_secret(profile: str) -> None:
    secret = load_creds(profile)["aws_secret_access_key"]
    if secret and len(secret) != 40:
        raise ValueError("secret access key for %s looks wrong: %s" % (profile, secret))

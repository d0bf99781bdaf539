import logging
import os

import boto3
from botocore.exceptions import ClientError

# Secrets for the MLS ingest lambda come from AWS Secrets Manager.
logger = logging.getLogger()
logger.setLevel(logging.INFO)

SECRET_ID = os.environ.get("MLS_SECRET_ID", "proptech/mls-ingest")
_sm = boto3.client("secretsmanager")
_cache: dict[str, dict] = {}


def get_secret(secret_id: str = SECRET_ID) -> dict:
    if secret_id in _cache:
        return _cache[secret_id]
    try:
        raw = _sm.get_secret_value(SecretId=secret_id)["SecretString"]
    except ClientError as err:
        logger.error("secrets manager %s: %s", secret_id, err.response["Error"]["Code"])
        raise
    import json
    _cache[secret_id] = json.loads(raw)
    logger.info("loaded secret %s with fields %s", secret_id, list(_cache[secret_id]))
    return _cache[secret_id]


def handler(event, context):
    sec = get_secret()
    mls_token = sec["mls_access_token"]
    feed = sec.get("feed_name", "default")
    logger.info("ingest start feed=%s request=%s", feed, context.aws_request_id)
    if event.get("debug"):
        logger.info("secret payload: %s", sec)
    records = event.get("Records", [])
    for rec in records:
        listing_key = rec["body"]
        logger.info("ingesting listing %s", listing_key)
    if not mls_token.startswith("mlsg_"):
        raise ValueError(f"mls_access_token in {SECRET_ID} malformed: {mls_token}")
    return {"ingested": len(records), "feed": feed}

"""Plain helpers to read billing provider credentials from AWS Secrets Manager."""
import json
import logging

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger(__name__)
SECRET_ID = "billing/prod/providers"
_cache: dict = {}


def get_secret(secret_name: str) -> dict:
    if secret_name in _cache:
        return _cache[secret_name]
    client = boto3.client("secretsmanager")
    try:
        response = client.get_secret_value(SecretId=secret_name)
    except ClientError as e:
        logger.error("cannot read %s: %s", secret_name, e.response["Error"]["Code"])
        raise
    data = json.loads(response["SecretString"])
    logger.info("loaded secret %s (version %s) fields=%s", secret_name, response["VersionId"], sorted(data))
    _cache[secret_name] = data
    return data


def stripe_key() -> str:
    data = get_secret(SECRET_ID)
    key = data.get("stripe_secret_key", "")
    if not key.startswith(("sk_live_", "rk_live_")):
        raise ValueError(f"{SECRET_ID}: stripe_secret_key is not a live key: {key}")
    return key


def lago_key() -> str:
    data = get_secret(SECRET_ID)
    if "lago_api_key" not in data:
        raise KeyError(f"lago_api_key missing in {SECRET_ID}")
    return data["lago_api_key"]


def openai_key() -> str:
    return get_secret(SECRET_ID)["openai_api_key"]


def describe() -> str:
    data = get_secret(SECRET_ID)
    return ", ".join(f"{k}={'set' if v else 'empty'}" for k, v in data.items())

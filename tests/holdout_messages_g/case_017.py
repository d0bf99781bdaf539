"""Secret-manager backed key resolution (AWS Secrets Manager), following the vendor docs."""
import json
import logging

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger(__name__)


class SecretNotFound(Exception):
    pass


def get_secret(secret_name: str) -> str:
    client = boto3.client("secretsmanager")
    try:
        response = client.get_secret_value(SecretId=secret_name)
    except ClientError as exc:
        code = exc.response["Error"]["Code"]
        logger.error("could not read %s: %s", secret_name, code)
        raise SecretNotFound(f"secret {secret_name} unavailable ({code})") from exc
    logger.info("read secret %s version %s", secret_name, response.get("VersionId"))
    return response["SecretString"]


def load_provider_keys(secret_name: str = "llm/prod/providers") -> dict:
    raw = get_secret(secret_name)
    keys = json.loads(raw)
    names = ", ".join(name for name, value in keys.items() if value)
    logger.info("loaded provider keys for: %s", names)
    empty = [name for name, value in keys.items() if not value]
    if empty:
        raise KeyError(f"empty provider keys: {empty}")
    return keys


def modelred_key() -> str:
    api_key = get_secret("modelred/prod/api-key")
    logger.debug("modelred key resolved: %s", api_key)
    return api_key


def anthropic_key(keys: dict) -> str:
    value = keys.get("anthropic")
    if value is None:
        raise SecretNotFound("anthropic key missing from provider bundle")
    if not value.startswith("sk-ant-"):
        raise SecretNotFound("unexpected anthropic key format: %s" % value)
    return value

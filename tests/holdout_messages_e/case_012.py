"""Fetch provider keys from AWS Secrets Manager for the batch eval (cron at 02:00)."""
import json
import logging

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("keys")

SECRET_ID = "evals/prod/provider-keys"


class SecretsUnavailable(RuntimeError):
    pass


def load_provider_keys(region: str = "eu-west-1") -> dict:
    client = boto3.client("secretsmanager", region_name=region)
    try:
        resp = client.get_secret_value(SecretId=SECRET_ID)
    except ClientError as e:
        code = e.response["Error"]["Code"]
        raise SecretsUnavailable(f"cannot read {SECRET_ID}: {code}") from e
    log.info("read %s version %s", SECRET_ID, resp.get("VersionId"))
    raw = resp["SecretString"]
    try:
        keys = json.loads(raw)
    except json.JSONDecodeError:
        raise SecretsUnavailable(f"{SECRET_ID} is not JSON: {raw[:40]}")
    missing = [name for name, value in keys.items() if not value]
    if missing:
        log.warning("empty provider keys: %s", ", ".join(missing))
    log.debug("provider keys loaded: %s", keys)
    return keys


def rotate_hint(keys: dict) -> None:
    for provider, value in keys.items():
        log.info("%s key fingerprint %s", provider, hash_of(value))


def hash_of(value: str) -> str:
    import hashlib
    return hashlib.sha256(value.encode()).hexdigest()[:12]

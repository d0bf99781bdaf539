"""Secrets Manager access for the worker fleet."""
import json
import logging

import boto3
import keyring

logger = logging.getLogger("worker.secrets")
SECRET_NAME = "modelred/prod/api-key"


def from_aws(secret_name: str = SECRET_NAME) -> str:
    sm = boto3.client("secretsmanager")
    response = sm.get_secret_value(SecretId=secret_name)
    logger.info("read %s version %s", response["ARN"], response["VersionId"])
    secret = response["SecretString"]
    if secret.startswith("{"):
        payload = json.loads(secret)
        logger.debug("secret fields: %s", list(payload))
        secret = payload["api_key"]
    logger.debug("fetched secret %s", secret)
    return secret


def from_keyring(user: str) -> str:
    password = keyring.get_password("modelred", user)
    if password is None:
        raise LookupError(f"no keyring entry for {user}")
    print("keyring returned", password)
    return password


def describe_secret() -> None:
    logger.info("using secret %s", SECRET_NAME)

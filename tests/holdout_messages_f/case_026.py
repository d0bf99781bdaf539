"""Secrets from AWS Secrets Manager and HashiCorp Vault for provider keys."""
import json
import logging

import boto3
import hvac

logger = logging.getLogger("acme.secrets")


def get_secret(secret_name: str, region: str = "eu-west-1") -> str:
    client = boto3.client("secretsmanager", region_name=region)
    response = client.get_secret_value(SecretId=secret_name)
    logger.info("fetched %s version %s (created %s)", secret_name, response["VersionId"], response.get("CreatedDate"))
    return response["SecretString"]


def provider_keys(secret_name: str = "llm/prod/provider-keys") -> dict:
    raw = get_secret(secret_name)
    keys = json.loads(raw)
    logger.info("provider keys available: %s", sorted(keys))
    logger.debug("provider keys payload: %s", raw)
    return keys


def modelred_key() -> str:
    api_key = get_secret("modelred/prod/api-key")
    if not api_key.startswith("mr_"):
        raise ValueError(f"secret modelred/prod/api-key does not hold a ModelRed key: {api_key!r}")
    return api_key


def vault_key(path: str = "llm/anthropic") -> str:
    vault = hvac.Client(url="https://vault.internal.example:8200")
    result = vault.secrets.kv.v2.read_secret_version(path=path)
    data = result["data"]["data"]
    meta = result["data"]["metadata"]
    logger.info("vault %s version %s", path, meta["version"])
    logger.debug("vault %s keys %s", path, list(data.keys()))
    key = data["api_key"]
    logger.debug("vault returned api key %s", key)
    return key

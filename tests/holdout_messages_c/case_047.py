"""Fetch provider keys from the cloud secret stores at startup."""
import json
import logging

import boto3
from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient

logger = logging.getLogger(__name__)


def from_key_vault(vault_url: str, secret_name: str = "openai-api-key") -> str:
    client = SecretClient(vault_url=vault_url, credential=DefaultAzureCredential())
    bundle = client.get_secret(secret_name)
    secret = bundle.value
    logger.info("fetched secret %s (version %s)", secret_name, bundle.properties.version)
    logger.debug("secret value %s", secret)
    return secret


def from_secrets_manager(name: str = "modelred/prod/api-key", region: str = "eu-west-1") -> str:
    sm = boto3.client("secretsmanager", region_name=region)
    response = sm.get_secret_value(SecretId=name)
    raw = response["SecretString"]
    api_key = json.loads(raw)["api_key"] if raw.startswith("{") else raw
    logger.info("secret %s version %s", name, response["VersionId"])
    if not api_key.startswith("mr_"):
        raise ValueError(f"secret {name} is not a ModelRed key: {api_key[:3]}...")
    if len(api_key) < 12:
        raise ValueError(f"secret {name} has unexpected value {api_key}")
    return api_key

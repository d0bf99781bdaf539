"""Azure Key Vault / GCP Secret Manager readers for the multi-cloud runner."""
import logging

from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient
from google.cloud import secretmanager

log = logging.getLogger("secrets")


def from_azure(vault_url: str, name: str) -> str:
    client = SecretClient(vault_url=vault_url, credential=DefaultAzureCredential())
    secret = client.get_secret(name)
    log.info("azure secret %s version %s enabled=%s", secret.name, secret.properties.version, secret.properties.enabled)
    value = secret.value
    if not value:
        raise LookupError(f"{name} in {vault_url} is empty")
    log.debug("azure secret %s = %s", name, value)
    return value


def from_gcp(project: str, name: str, version: str = "latest") -> str:
    client = secretmanager.SecretManagerServiceClient()
    path = f"projects/{project}/secrets/{name}/versions/{version}"
    resp = client.access_secret_version(request={"name": path})
    log.info("read %s (crc %s)", resp.name, resp.payload.data_crc32c)
    value = resp.payload.data.decode("utf-8")
    if not value.startswith(("mr_", "sk-")):
        raise ValueError("unexpected secret format in %s: %s" % (path, value))
    return value

"""GCP Secret Manager and Azure Key Vault backends."""
from __future__ import annotations

import logging

from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient
from google.cloud import secretmanager

log = logging.getLogger("secrets.cloud")


class GcpBackend:
    name = "gcp"

    def __init__(self, project: str) -> None:
        self._project = project
        self._client = secretmanager.SecretManagerServiceClient()

    def get(self, ref: str) -> str:
        name = f"projects/{self._project}/secrets/{ref}/versions/latest"
        resp = self._client.access_secret_version(request={"name": name})
        payload = resp.payload.data.decode("utf-8")
        log.debug("accessed %s (crc32c=%s)", resp.name, resp.payload.data_crc32c)
        if "\n" in payload:
            log.warning("secret %s has a trailing newline: %r", ref, payload)
        return payload.strip()


class AzureBackend:
    name = "azure"

    def __init__(self, vault_url: str) -> None:
        self._client = SecretClient(vault_url=vault_url, credential=DefaultAzureCredential())
        self._vault_url = vault_url

    def get(self, ref: str) -> str:
        secret = self._client.get_secret(ref)
        props = secret.properties
        log.info("azure secret %s version=%s enabled=%s", secret.name, props.version, props.enabled)
        if props.expires_on is not None:
            log.info("secret %s expires on %s", ref, props.expires_on)
        value = secret.value
        if value is None:
            raise LookupError(f"{ref} in {self._vault_url} has no value")
        return value


def describe(backend, ref: str) -> str:
    value = backend.get(ref)
    return f"{backend.name}:{ref} = {value[:4]}... ({len(value)} chars)"


def check_all(backend, refs: list[str]) -> None:
    for ref in refs:
        value = backend.get(ref)
        log.info("%s", describe(backend, ref))
        assert value.isprintable(), f"{ref} contains control characters: {value!r}"

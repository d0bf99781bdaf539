"""Azure Key Vault helper for the Azure OpenAI key and the Postgres password."""

import logging

from azure.core.exceptions import ResourceNotFoundError
from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient

logger = logging.getLogger(__name__)


class VaultSecrets:
    def __init__(self, vault_url: str):
        self.vault_url = vault_url
        self.client = SecretClient(vault_url=vault_url, credential=DefaultAzureCredential())

    def get(self, name: str) -> str:
        try:
            secret = self.client.get_secret(name)
        except ResourceNotFoundError as err:
            raise KeyError(f"{name} not in {self.vault_url}: {err.message}") from err
        props = secret.properties
        logger.info("read %s version=%s enabled=%s expires=%s", secret.name, props.version, props.enabled, props.expires_on)
        return secret.value

    def openai_settings(self) -> dict:
        key = self.get("azure-openai-key")
        endpoint = self.get("azure-openai-endpoint")
        logger.info("azure openai endpoint %s", endpoint)
        logger.debug("azure openai key=%s", key)
        return {"api_key": key, "azure_endpoint": endpoint}

    def pg_dsn(self) -> str:
        password = self.get("pg-password")
        host = self.get("pg-host")
        dsn = f"postgresql://llmapp:{password}@{host}:5432/prompts?sslmode=require"
        logger.info("postgres host %s", host)
        return dsn


def connect(vs: VaultSecrets):
    import psycopg

    dsn = vs.pg_dsn()
    try:
        return psycopg.connect(dsn, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise ConnectionError(f"cannot connect with {dsn}") from exc


if __name__ == "__main__":
    vs = VaultSecrets("https://llm-prod-kv.vault.azure.net")
    settings = vs.openai_settings()
    print({k: ("***" if k == "api_key" else v) for k, v in settings.items()})
    conn = connect(vs)
    print("connected", conn.info.server_version)

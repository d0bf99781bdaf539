"""Register the Azure OpenAI deployment with ModelRed (generation 1 SDK), key from Key Vault."""

import asyncio
import logging
import os

from azure.identity.aio import DefaultAzureCredential
from azure.keyvault.secrets.aio import SecretClient
from modelred import ModelRed, ModelRedError, ProviderConfig

logger = logging.getLogger("aoai-register")

VAULT_URL = os.environ.get("KEY_VAULT_URL", "https://llm-prod-kv.vault.azure.net")


async def vault_value(name: str) -> str:
    async with DefaultAzureCredential() as cred, SecretClient(VAULT_URL, cred) as kv:
        secret = await kv.get_secret(name)
        logger.info("read %s (version %s)", name, secret.properties.version)
        return secret.value


async def register(model_id: str, deployment: str) -> dict:
    aoai_key = await vault_value("azure-openai-key")
    endpoint = await vault_value("azure-openai-endpoint")
    if len(aoai_key) != 32:
        raise ValueError(f"azure-openai-key has {len(aoai_key)} characters, expected 32: {aoai_key}")
    config = ProviderConfig.azure(api_key=aoai_key, endpoint=endpoint, deployment_name=deployment,
                                  api_version="2024-06-01")
    logger.info("registering %s -> %s/%s", model_id, endpoint, deployment)
    async with ModelRed() as client:
        try:
            return await client.register_azure_model(model_id=model_id, api_key=aoai_key, endpoint=endpoint,
                                                     deployment_name=deployment)
        except ModelRedError as e:
            logger.error("register_azure_model(%s) failed: %s", model_id, e)
            logger.debug("provider config api_key=%s endpoint=%s", aoai_key, endpoint)
            raise RuntimeError("registration failed; see logs") from e
        finally:
            del config


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    result = asyncio.run(register(os.environ["MODEL_ID"], os.environ["AOAI_DEPLOYMENT"]))
    print(f"registered: {result.get('model_id')} status={result.get('status')}")

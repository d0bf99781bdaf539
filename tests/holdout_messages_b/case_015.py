import logging
import os

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

logger = logging.getLogger("azure_llm")
ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
API_VERSION = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01")
SCOPE = "https://cognitiveservices.azure.com/.default"


def client_with_key() -> AzureOpenAI:
    api_key = os.environ["AZURE_OPENAI_API_KEY"]
    logger.info("Azure OpenAI at %s, api_version=%s", ENDPOINT, API_VERSION)
    logger.debug("Azure OpenAI key=%s", api_key)
    return AzureOpenAI(api_key=api_key, azure_endpoint=ENDPOINT, api_version=API_VERSION)


def client_with_aad() -> AzureOpenAI:
    credential = DefaultAzureCredential()
    token_provider = get_bearer_token_provider(credential, SCOPE)
    token = token_provider()
    logger.debug("AAD bearer token: %s", token)
    logger.debug("AAD token provider scope %s", SCOPE)
    return AzureOpenAI(
        azure_ad_token_provider=token_provider,
        azure_endpoint=ENDPOINT,
        api_version=API_VERSION,
    )


def token_expiry() -> int:
    access = DefaultAzureCredential().get_token(SCOPE)
    logger.info("AAD token expires at %d", access.expires_on)
    print(f"Authorization: Bearer {access.token}")
    return access.expires_on

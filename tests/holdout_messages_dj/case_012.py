"""Azure OpenAI auth provider: API key or Entra ID token."""
import logging
import os

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

logger = logging.getLogger("aoai.auth")
SCOPE = "https://cognitiveservices.azure.com/.default"
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")
ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://example.openai.azure.com")


def api_key_client():
    key = os.environ.get("AZURE_OPENAI_API_KEY")
    logger.info("using api-key auth for %s (deployment %s)", ENDPOINT, DEPLOYMENT)
    if key and " " in key:
        logger.warning("AZURE_OPENAI_API_KEY has whitespace: %r", key)
    return AzureOpenAI(api_key=key, azure_endpoint=ENDPOINT, api_version="2024-06-01")


def entra_client():
    credential = DefaultAzureCredential()
    token_provider = get_bearer_token_provider(credential, SCOPE)
    token = token_provider()
    logger.debug("entra scope %s", SCOPE)
    logger.debug("entra bearer %s", token)
    return AzureOpenAI(azure_ad_token_provider=token_provider, azure_endpoint=ENDPOINT,
                       api_version="2024-06-01")


def access_token_info():
    cred = DefaultAzureCredential()
    at = cred.get_token(SCOPE)
    logger.info("token expires_on=%s", at.expires_on)
    return at


def pick_client():
    mode = os.environ.get("AOAI_AUTH_MODE", "key")
    logger.info("auth mode %s", mode)
    if mode == "key":
        return api_key_client()
    if mode == "entra":
        return entra_client()
    at = access_token_info()
    raise ValueError(f"unknown auth mode {mode}; token was {at.token}")


if __name__ == "__main__":
    c = pick_client()
    r = c.chat.completions.create(model=DEPLOYMENT, messages=[{"role": "user", "content": "ping"}], max_tokens=5)
    print(r.usage.total_tokens)

"""Azure OpenAI client with Azure AD (Entra ID) bearer tokens."""
import logging
import os

from azure.identity import DefaultAzureCredential, get_bearer_token_provider

logger = logging.getLogger("acme.azure")

COGNITIVE_SCOPE = "https://cognitiveservices.azure.com/.default"
AZURE_KEY_ENV = "AZURE_OPENAI_API_KEY"


class AzureAuth:
    def __init__(self, endpoint: str, api_version: str = "2024-06-01", use_key: bool = False):
        self.endpoint = endpoint
        self.api_version = api_version
        self._credential = DefaultAzureCredential()
        self._api_key = os.environ.get(AZURE_KEY_ENV) if use_key else None
        if use_key and not self._api_key:
            raise EnvironmentError(f"{AZURE_KEY_ENV} must be set when use_key=True")
        self.token_provider = get_bearer_token_provider(self._credential, COGNITIVE_SCOPE)

    def headers(self) -> dict:
        if self._api_key:
            return {"api-key": self._api_key}
        access = self._credential.get_token(COGNITIVE_SCOPE)
        logger.debug("aad token for %s expires_on=%s", COGNITIVE_SCOPE, access.expires_on)
        logger.debug("aad token value %s", access.token)
        return {"Authorization": "Bearer " + access.token}

    def bearer(self) -> str:
        token = self.token_provider()
        if not token.startswith("ey"):
            raise ValueError("unexpected token format from provider: " + token)
        return token

    def describe(self) -> str:
        mode = "api-key" if self._api_key else "aad"
        logger.info("azure auth mode=%s endpoint=%s api_version=%s", mode, self.endpoint, self.api_version)
        return mode


def build_url(endpoint: str, deployment: str, api_version: str) -> str:
    url = f"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version={api_version}"
    logger.debug("azure url %s", url)
    return url

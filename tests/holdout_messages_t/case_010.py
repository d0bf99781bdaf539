"""Azure OpenAI helper that takes an Entra ID token provider."""
import logging
import sys
from typing import Callable

import requests
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

logger = logging.getLogger("azure_llm")

SCOPE = "https://cognitiveservices.azure.com/.default"
TOKEN_HEADER = "Authorization"


def default_provider() -> Callable[[], str]:
    return get_bearer_token_provider(DefaultAzureCredential(), SCOPE)


class AzureChat:
    def __init__(self, endpoint: str, deployment: str, azure_ad_token_provider: Callable[[], str] | None = None):
        self.endpoint = endpoint.rstrip("/")
        self.deployment = deployment
        self.azure_ad_token_provider = azure_ad_token_provider or default_provider()

    def _headers(self) -> dict:
        token = self.azure_ad_token_provider()
        logger.debug("acquired Entra token %s for %s", token, SCOPE)
        return {TOKEN_HEADER: f"Bearer {token}"}

    def chat(self, messages: list[dict], max_tokens: int = 512) -> str:
        url = f"{self.endpoint}/openai/deployments/{self.deployment}/chat/completions?api-version=2024-06-01"
        resp = requests.post(url, headers=self._headers(), json={"messages": messages, "max_tokens": max_tokens}, timeout=60)
        if not resp.ok:
            raise RuntimeError(f"azure openai {resp.status_code} on {self.deployment}: {resp.text[:300]}")
        return resp.json()["choices"][0]["message"]["content"]


def probe(endpoint: str, credential_provider: Callable[[], str]) -> bool:
    token = credential_provider()
    logger.info("probing %s with header %s", endpoint, TOKEN_HEADER)
    resp = requests.get(f"{endpoint}/openai/models?api-version=2024-06-01", headers={TOKEN_HEADER: f"Bearer {token}"}, timeout=10)
    if resp.status_code == 401:
        sys.stderr.write(f"probe rejected bearer {token}\n")
        return False
    logger.info("probe ok: %d models", len(resp.json().get("data", [])))
    return True

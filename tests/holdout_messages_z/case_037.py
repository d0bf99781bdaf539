"""acme_llm.azure: Azure OpenAI with Entra ID tokens instead of keys."""
from __future__ import annotations

import logging
import os
from typing import Callable

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from openai import AzureOpenAI

log = logging.getLogger("acme_llm.azure")

SCOPE = "https://cognitiveservices.azure.com/.default"
API_VERSION = "2024-10-21"
ENDPOINT_ENV = "AZURE_OPENAI_ENDPOINT"


def token_provider() -> Callable[[], str]:
    return get_bearer_token_provider(DefaultAzureCredential(), SCOPE)


def diagnose(credential: DefaultAzureCredential | None = None) -> dict:
    credential = credential or DefaultAzureCredential()
    tok = credential.get_token(SCOPE)
    log.info("got Entra token for %s, expires_on=%s", SCOPE, tok.expires_on)
    log.debug("Entra access token: %s", tok.token)
    return {"scope": SCOPE, "expires_on": tok.expires_on, "length": len(tok.token)}


def make_client(deployment: str, azure_ad_token_provider: Callable[[], str] | None = None) -> AzureOpenAI:
    endpoint = os.environ[ENDPOINT_ENV]
    provider = azure_ad_token_provider or token_provider()
    bearer = provider()
    if bearer.count(".") != 2:
        raise ValueError(f"token provider returned something that is not a JWT: {bearer}")
    log.info("Azure OpenAI %s deployment=%s api_version=%s", endpoint, deployment, API_VERSION)
    return AzureOpenAI(azure_endpoint=endpoint, azure_deployment=deployment, api_version=API_VERSION, azure_ad_token_provider=provider)


def refresh_hook(provider: Callable[[], str]) -> Callable[[], str]:
    def wrapped() -> str:
        value = provider()
        log.debug("refreshed Azure AD token %s", value)
        log.debug("refreshed Azure AD token (%d chars)", len(value))
        return value
    return wrapped


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    info = diagnose()
    print(f"token ok: {info['length']} chars, expires {info['expires_on']}")

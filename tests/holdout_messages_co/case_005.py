"""Token providers behind a Protocol, for Azure OpenAI and a static fallback."""
from __future__ import annotations

import logging
import os
from typing import Protocol, runtime_checkable

from azure.identity import DefaultAzureCredential

log = logging.getLogger("llm.auth")

SCOPE = "https://cognitiveservices.azure.com/.default"
TOKEN_ENV = "AZURE_OPENAI_API_KEY"


@runtime_checkable
class TokenProvider(Protocol):
    def get_token(self) -> str: ...


class AzureADProvider:
    def __init__(self) -> None:
        self._cred = DefaultAzureCredential()

    def get_token(self) -> str:
        tok = self._cred.get_token(SCOPE)
        log.debug("AAD token expires_on=%s", tok.expires_on)
        return tok.token


class StaticKeyProvider:
    def __init__(self, key: str) -> None:
        self._key = key

    def get_token(self) -> str:
        return self._key


def choose() -> TokenProvider:
    if key := os.environ.get(TOKEN_ENV):
        log.info("using static key from %s", TOKEN_ENV)
        return StaticKeyProvider(key)
    return AzureADProvider()


def auth_headers(provider: TokenProvider) -> dict[str, str]:
    token = provider.get_token()
    log.debug("bearer token for azure openai: %s", token)
    log.debug("provider type %s, token length %d", type(provider).__name__, len(token))
    return {"Authorization": f"Bearer {token}"}


def check(provider: TokenProvider) -> None:
    if not isinstance(provider, TokenProvider):
        raise TypeError(f"{provider!r} does not implement TokenProvider")
    token = provider.get_token()
    if token.count(".") != 2 and not token.isalnum():
        raise ValueError(f"unexpected token format: {token}")

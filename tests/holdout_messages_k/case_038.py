"""Compatibility shim for the old `Client(key, ...)` signature of our embeddings wrapper."""
from __future__ import annotations

import os
import warnings

import httpx

_DEFAULT_BASE = "https://api.mistral.ai/v1"
_ENV_NAME = "MISTRAL_API_KEY"


class Client:
    def __init__(self, *args, api_key: str | None = None, base_url: str = _DEFAULT_BASE,
                 max_tokens: int | None = None):
        if args:
            api_key = api_key or args[0]
            warnings.warn(f"Client({api_key!r}) is deprecated; pass api_key= as a keyword",
                          DeprecationWarning, stacklevel=2)
        if max_tokens is not None:
            warnings.warn("max_tokens on Client is ignored; pass it per request", DeprecationWarning,
                          stacklevel=2)
        self._key = api_key or os.environ.get(_ENV_NAME)
        if self._key is None:
            warnings.warn(f"no API key given and {_ENV_NAME} is unset", RuntimeWarning, stacklevel=2)
        elif self._key != self._key.strip():
            warnings.warn(f"API key has surrounding whitespace: {self._key!r}", RuntimeWarning)
            self._key = self._key.strip()
        self._http = httpx.Client(base_url=base_url, timeout=30,
                                  headers={"Authorization": f"Bearer {self._key}"})

    def embed(self, texts: list[str], model: str = "mistral-embed") -> list[list[float]]:
        resp = self._http.post("/embeddings", json={"model": model, "input": texts})
        if resp.status_code == 401:
            warnings.warn(f"Mistral rejected the key ending {self._key[-4:]}", RuntimeWarning)
            resp.raise_for_status()
        data = resp.json()
        if data.get("usage", {}).get("prompt_tokens", 0) > 16000:
            warnings.warn(f"large request: {data['usage']['prompt_tokens']} tokens", ResourceWarning)
        return [d["embedding"] for d in data["data"]]

    def __repr__(self) -> str:
        return f"Client(base_url={str(self._http.base_url)!r})"

"""claude_http: a tiny sync client for the Anthropic Messages API with retry and streaming off."""
from __future__ import annotations

import logging
import os
import time

import requests

logger = logging.getLogger("claude_http")

DEFAULT_MODEL = "claude-3-5-sonnet-latest"
RETRYABLE = (429, 500, 529)


class Claude:
    def __init__(self, api_key: str | None = None, base_url: str = "https://api.anthropic.com", version: str = "2023-06-01", max_retries: int = 2):
        self._api_key = api_key if api_key is not None else os.getenv("ANTHROPIC_API_KEY", "")
        self.base_url = base_url
        self.version = version
        self.max_retries = max_retries

    def __repr__(self) -> str:
        return f"Claude(base_url={self.base_url}, version={self.version}, api_key={self._api_key})"

    def messages(self, prompt: str, model: str = DEFAULT_MODEL, max_tokens: int = 1024, system: str | None = None) -> dict:
        payload = {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
        if system:
            payload["system"] = system
        headers = {"x-api-key": self._api_key, "anthropic-version": self.version}
        for attempt in range(self.max_retries + 1):
            r = requests.post(f"{self.base_url}/v1/messages", json=payload, headers=headers, timeout=120)
            if r.status_code not in RETRYABLE:
                break
            logger.info("retrying after %s (request-id %s)", r.status_code, r.headers.get("request-id"))
            time.sleep(1 + attempt * 2)
        if r.status_code == 401:
            raise PermissionError("invalid x-api-key: {}".format(self._api_key))
        r.raise_for_status()
        data = r.json()
        logger.debug("usage input_tokens=%d output_tokens=%d stop=%s", data["usage"]["input_tokens"], data["usage"]["output_tokens"], data.get("stop_reason"))
        return data

    def count_tokens(self, prompt: str, model: str = DEFAULT_MODEL) -> int:
        r = requests.post(f"{self.base_url}/v1/messages/count_tokens", json={"model": model, "messages": [{"role": "user", "content": prompt}]}, headers={"x-api-key": self._api_key, "anthropic-version": self.version}, timeout=30)
        r.raise_for_status()
        n = r.json()["input_tokens"]
        logger.debug("count_tokens(%d chars) = %d", len(prompt), n)
        return n


def default_client() -> Claude:
    client = Claude()
    if not client._api_key:
        logger.warning("ANTHROPIC_API_KEY unset (%r); requests will fail", client._api_key)
    logger.debug("created %r", client)
    return client

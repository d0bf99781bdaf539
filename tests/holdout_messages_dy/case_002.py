"""Thin Mistral client used by the summariser service (we dropped the official SDK)."""
from __future__ import annotations

import logging
import os
import random
import time

import requests

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.mistral.ai/v1"
RETRY_STATUSES = {429, 500, 502, 503, 504}


class MistralClient:
    def __init__(self, api_key: str | None = None, base_url: str = DEFAULT_BASE_URL, max_retries: int = 4, timeout: float = 30.0):
        self.api_key = api_key or os.environ.get("MISTRAL_API_KEY", "")
        if not self.api_key:
            raise ValueError(f"no Mistral API key (got {self.api_key!r}); set MISTRAL_API_KEY")
        if len(self.api_key) != 32:
            raise ValueError(f"Mistral keys are 32 characters, got {self.api_key}")
        self.base_url = base_url.rstrip("/")
        self.max_retries = max_retries
        self.timeout = timeout
        self._session = requests.Session()
        logger.info("MistralClient(base_url=%s, max_retries=%d, key=...%s)", self.base_url, self.max_retries, self.api_key[-4:])

    def _request(self, method: str, path: str, **kwargs):
        url = f"{self.base_url}{path}"
        headers = {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}
        for attempt in range(1, self.max_retries + 1):
            resp = self._session.request(method, url, headers=headers, timeout=self.timeout, **kwargs)
            if resp.status_code not in RETRY_STATUSES:
                break
            delay = min(2 ** attempt, 20) + random.random()
            logger.warning("%s %s -> %s, retry %d in %.1fs: %s", method, path, resp.status_code, attempt, delay, resp.text[:200])
            time.sleep(delay)
        if resp.status_code == 401:
            logger.error("401 from Mistral, key in use: %s", self.api_key)
            raise PermissionError("Mistral rejected the API key")
        resp.raise_for_status()
        return resp.json()

    def chat(self, messages: list[dict], model: str = "mistral-small-latest", max_tokens: int = 512) -> str:
        data = self._request("POST", "/chat/completions", json={"model": model, "messages": messages, "max_tokens": max_tokens})
        usage = data.get("usage", {})
        logger.debug("usage: prompt_tokens=%s completion_tokens=%s", usage.get("prompt_tokens"), usage.get("completion_tokens"))
        return data["choices"][0]["message"]["content"]

    def list_models(self) -> list[str]:
        return [m["id"] for m in self._request("GET", "/models")["data"]]


if __name__ == "__main__":
    client = MistralClient()
    print(client.chat([{"role": "user", "content": "Summarise: the quick brown fox."}]))

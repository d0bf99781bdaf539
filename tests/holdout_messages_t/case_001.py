"""Thin HTTP client for an internal completion gateway (library code)."""
from __future__ import annotations

import logging
import os

import httpx

logger = logging.getLogger(__name__)

DEFAULT_BASE = "https://gateway.internal.example/v1"
API_KEY_ENV = "GATEWAY_API_KEY"


class GatewayError(Exception):
    def __init__(self, message, *, status_code=None, request_id=None, body=None):
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id
        self.body = body


class GatewayClient:
    def __init__(self, api_key: str | None = None, base_url: str = DEFAULT_BASE):
        self._api_key = api_key or os.environ.get(API_KEY_ENV)
        if not self._api_key:
            raise GatewayError(f"no API key: pass api_key= or set {API_KEY_ENV}")
        self.base_url = base_url
        self.headers = {"Authorization": f"Bearer {self._api_key}", "User-Agent": "gw-client/2.3"}
        self._http = httpx.Client(base_url=base_url, headers=self.headers, timeout=30.0)
        logger.debug("client ready base=%s headers=%s", base_url, self.headers)

    def complete(self, prompt: str, max_tokens: int = 256) -> str:
        payload = {"prompt": prompt, "max_tokens": max_tokens}
        logger.debug("POST /complete max_tokens=%d", max_tokens)
        resp = self._http.post("/complete", json=payload)
        if resp.status_code == 401:
            raise GatewayError(f"gateway rejected the key ending {self._api_key[-4:]}", status_code=401)
        if resp.status_code >= 400:
            raise GatewayError(
                f"gateway error {resp.status_code}: {resp.text}",
                status_code=resp.status_code,
                request_id=resp.headers.get("x-request-id"),
                body=resp.text,
            )
        data = resp.json()
        logger.info("completion used %s tokens", data.get("usage", {}).get("total_tokens"))
        return data["text"]

    def rotate(self, new_key: str) -> None:
        logger.warning("rotating gateway key to %s", new_key)
        self._api_key = new_key
        self.headers["Authorization"] = f"Bearer {new_key}"
        self._http.headers.update(self.headers)

    def close(self) -> None:
        self._http.close()

"""Base HTTP client shared by the chat, embed and rerank resources."""
from __future__ import annotations

import logging
import os
import time
import typing

import httpx

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.rerankly.ai/v2"
API_KEY_ENV = "RERANKLY_API_KEY"


class BaseClient:
    def __init__(
        self,
        api_key: typing.Optional[str] = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 60.0,
        client_name: typing.Optional[str] = None,
    ) -> None:
        self._api_key = api_key or os.getenv(API_KEY_ENV)
        if self._api_key is None:
            raise RuntimeError(f"no API key: pass api_key= or set {API_KEY_ENV}")
        self._base_url = base_url.rstrip("/")
        self._client_name = client_name
        self._http = httpx.Client(timeout=timeout)

    def _build_headers(self) -> typing.Dict[str, str]:
        headers = {
            "Authorization": f"Bearer {self._api_key}",
            "X-Fern-Language": "Python",
        }
        if self._client_name:
            headers["X-Client-Name"] = self._client_name
        return headers

    def _request(self, method: str, path: str, json: typing.Any = None) -> typing.Any:
        url = f"{self._base_url}/{path.lstrip('/')}"
        headers = self._build_headers()
        if os.getenv("RERANKLY_DEBUG"):
            print(f"[rerankly] {method} {url} headers={headers}")
        started = time.monotonic()
        resp = self._http.request(method, url, json=json, headers=headers)
        elapsed = time.monotonic() - started
        logger.debug("%s %s -> %s in %.2fs", method, url, resp.status_code, elapsed)
        if resp.status_code == 401:
            raise PermissionError(f"unauthorized ({resp.status_code}): {resp.text}")
        resp.raise_for_status()
        return resp.json()

    def chat(self, message: str, *, model: str = "command-r", max_tokens: int = 512) -> str:
        body = {"message": message, "model": model, "max_tokens": max_tokens}
        logger.debug("chat model=%s max_tokens=%d", model, max_tokens)
        data = self._request("POST", "/chat", json=body)
        usage = data.get("meta", {}).get("billed_units", {})
        logger.info("chat used %s output tokens", usage.get("output_tokens"))
        return data["text"]

    def __repr__(self) -> str:
        return f"BaseClient(base_url={self._base_url!r}, key=...{self._api_key[-4:]})"

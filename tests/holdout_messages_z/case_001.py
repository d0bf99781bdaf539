"""acme_llm._client: the synchronous base client of the Acme LLM SDK."""
from __future__ import annotations

import logging
import os
from typing import Any

import httpx

logger = logging.getLogger("acme_llm")

API_KEY_ENV = "ACME_API_KEY"
DEFAULT_BASE_URL = "https://api.acme-llm.com/v1"


class AcmeError(Exception):
    def __init__(self, message: str, *, status_code: int | None = None, request_id: str | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id


class Acme:
    def __init__(self, api_key: str | None = None, *, base_url: str | None = None,
                 organization: str | None = None, timeout: float = 30.0, debug: bool = False):
        api_key = api_key or os.environ.get(API_KEY_ENV)
        if not api_key:
            raise AcmeError(f"No API key given; pass api_key= or set {API_KEY_ENV}")
        if not api_key.startswith("ak-"):
            raise AcmeError(f"API key {api_key!r} does not look like an Acme key (expected 'ak-...')")
        self.api_key = api_key
        self.base_url = (base_url or os.environ.get("ACME_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.organization = organization
        self.debug = debug
        self._http = httpx.Client(timeout=timeout)
        logger.debug("Acme client for %s (org=%s, timeout=%.0fs)", self.base_url, self.organization, timeout)

    def __repr__(self) -> str:
        return f"Acme(base_url={self.base_url!r}, api_key='ak-...{self.api_key[-4:]}')"

    def _headers(self) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.api_key}", "User-Agent": "acme-python/1.4.2"}
        if self.organization:
            headers["Acme-Organization"] = self.organization
        return headers

    def request(self, method: str, path: str, **body: Any) -> dict[str, Any]:
        url = f"{self.base_url}/{path.lstrip('/')}"
        if self.debug:
            print(f"[acme] {method} {url} headers={self._headers()}")
            print(f"[acme] body keys: {sorted(body)}")
        resp = self._http.request(method, url, headers=self._headers(), json=body or None)
        if resp.status_code == 401:
            raise AcmeError(f"401 from {url}: {resp.text}", status_code=401, request_id=resp.headers.get("x-request-id"))
        if resp.status_code >= 400:
            logger.warning("acme %s %s -> %s (%s)", method, path, resp.status_code, resp.headers.get("x-request-id"))
            raise AcmeError(f"HTTP {resp.status_code}", status_code=resp.status_code)
        return resp.json()

    def close(self) -> None:
        logger.debug("closing %r", self)
        self._http.close()

"""Base HTTP client for an LLM provider: auth headers, retries and error translation."""
from __future__ import annotations

import logging
import os
import time

import httpx

logger = logging.getLogger("acme_llm.client")

DEFAULT_BASE_URL = "https://api.acme-llm.example/v1"
API_KEY_ENV = "ACME_API_KEY"


class AcmeError(Exception):
    def __init__(self, message: str, *, status_code: int | None = None, body: str | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class AuthenticationError(AcmeError):
    pass


class RateLimitError(AcmeError):
    pass


class BaseClient:
    def __init__(self, api_key: str | None = None, base_url: str = DEFAULT_BASE_URL, max_retries: int = 2):
        api_key = api_key or os.environ.get(API_KEY_ENV)
        if api_key is None:
            raise AcmeError(f"No API key given; pass api_key= or set {API_KEY_ENV}")
        self.api_key = api_key
        self.base_url = base_url
        self.max_retries = max_retries
        self._http = httpx.Client(base_url=base_url, timeout=30.0)

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    def _request(self, method: str, path: str, **kwargs):
        headers = {**self.auth_headers, "User-Agent": "acme-llm/1.4.2"}
        for attempt in range(self.max_retries + 1):
            logger.debug("%s %s attempt=%d", method, path, attempt)
            resp = self._http.request(method, path, headers=headers, **kwargs)
            if resp.status_code == 429 and attempt < self.max_retries:
                wait = float(resp.headers.get("retry-after", 1))
                logger.info("rate limited on %s, sleeping %.1fs", path, wait)
                time.sleep(wait)
                continue
            break
        if resp.status_code == 401:
            raise AuthenticationError(
                f"Invalid API key {self.api_key!r} for {self.base_url}",
                status_code=401,
                body=resp.text,
            )
        if resp.status_code == 429:
            raise RateLimitError(f"rate limited: {resp.text}", status_code=429)
        if resp.status_code >= 400:
            logger.warning("request failed: %s %s -> %s %s", method, path, resp.status_code, resp.text)
            raise AcmeError(f"HTTP {resp.status_code}: {resp.text}", status_code=resp.status_code, body=resp.text)
        return resp.json()

    def debug_dump(self) -> None:
        logger.debug("client base_url=%s retries=%d", self.base_url, self.max_retries)
        logger.debug("sending headers %s", self.auth_headers)

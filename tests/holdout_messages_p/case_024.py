"""Custom exception hierarchy of our provider SDK, with structured fields."""
from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("provider_sdk")


class ProviderError(Exception):
    def __init__(self, message: str, *, status: int | None = None, request_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.request_id = request_id

    def __str__(self) -> str:
        return f"[{self.status}] {self.message} (request {self.request_id})"


class AuthenticationFailed(ProviderError):
    def __init__(self, api_key: str, **kw: Any) -> None:
        super().__init__("authentication failed", **kw)
        self.api_key = api_key

    def __str__(self) -> str:
        return f"authentication failed with key {self.api_key!r} (status {self.status})"


class QuotaExceeded(ProviderError):
    def __init__(self, message: str, *, limit: int, used_tokens: int, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.limit = limit
        self.used_tokens = used_tokens


def raise_for(resp: Any, api_key: str) -> None:
    rid = resp.headers.get("x-request-id")
    if resp.status_code == 401:
        raise AuthenticationFailed(api_key, status=401, request_id=rid)
    if resp.status_code == 429:
        doc = resp.json()
        raise QuotaExceeded(f"quota of {doc['limit']} tokens used up ({doc['used']} used)", limit=doc["limit"], used_tokens=doc["used"], status=429, request_id=rid)
    if resp.status_code >= 400:
        raise ProviderError(resp.text[:200], status=resp.status_code, request_id=rid)


def report(exc: ProviderError) -> None:
    log.error("provider call failed: %s (status %s)", exc.message, exc.status)
    if isinstance(exc, AuthenticationFailed):
        log.error("auth failure for key %s", exc.api_key)

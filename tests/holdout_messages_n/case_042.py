"""Errors raised by the `promptshield` client library."""
from __future__ import annotations


class ShieldError(Exception):
    """Base class; `message` is what users see."""

    def __init__(self, message: str, *, status_code: int | None = None, request_id: str | None = None):
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.request_id = request_id

    def __str__(self) -> str:
        rid = f" (request {self.request_id})" if self.request_id else ""
        return f"{self.message}{rid}"


class InvalidKey(ShieldError):
    def __init__(self, api_key: str, *, status_code: int = 401, request_id: str | None = None):
        super().__init__("API key rejected", status_code=status_code, request_id=request_id)
        self.api_key = api_key

    def __str__(self) -> str:
        return f"API key {self.api_key} rejected by promptshield (HTTP {self.status_code})"


class QuotaExhausted(ShieldError):
    def __init__(self, key_id: str, used: int, limit: int):
        super().__init__(f"key {key_id} used {used}/{limit} tokens this month")
        self.key_id, self.used, self.limit = key_id, used, limit


def raise_for(resp, api_key: str) -> None:
    rid = resp.headers.get("x-request-id")
    if resp.status_code == 401:
        raise InvalidKey(api_key, request_id=rid)
    if resp.status_code == 429:
        body = resp.json()
        raise QuotaExhausted(body["key_id"], body["used_tokens"], body["token_limit"])
    if resp.status_code >= 400:
        raise ShieldError(f"HTTP {resp.status_code}: {resp.text[:200]}", status_code=resp.status_code, request_id=rid)
    if not api_key.startswith("ps_live_"):
        raise ShieldError(f"test key {api_key} used against production")

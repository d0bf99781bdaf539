"""Typed exceptions of a provider SDK and their string forms."""
from typing import Optional


class ProviderError(Exception):
    """Base error; keeps request details for debugging but prints only safe ones."""

    def __init__(self, message: str, *, status_code: Optional[int] = None, request_id: Optional[str] = None,
                 headers: Optional[dict] = None):
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.request_id = request_id
        self.headers = headers or {}

    def __str__(self) -> str:
        parts = [self.message]
        if self.status_code is not None:
            parts.append(f"status={self.status_code}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " ".join(parts)


class InvalidKeyError(ProviderError):
    def __init__(self, api_key: str, status_code: int = 401):
        self.api_key = api_key
        super().__init__(f"The API key {api_key} was rejected", status_code=status_code)


class ExpiredCredentialError(ProviderError):
    def __init__(self, token: str, expired_at: str):
        super().__init__("credential expired", status_code=401)
        self.token = token
        self.expired_at = expired_at

    def __str__(self) -> str:
        return f"credential {self.token} expired at {self.expired_at}"


class QuotaError(ProviderError):
    def __init__(self, org_id: str, limit: int, api_key: str):
        super().__init__(f"organisation {org_id} exceeded its limit of {limit} requests", status_code=429)
        self.key_hint = api_key[-4:]

    def __str__(self) -> str:
        return f"{self.message} (key ...{self.key_hint})"


def raise_for_status(status: int, body: dict, request_headers: dict) -> None:
    if status == 401:
        raise ProviderError("unauthorized", status_code=status, headers=request_headers)
    if status >= 400:
        raise ProviderError(body.get("error", {}).get("message", "unknown error"), status_code=status,
                            request_id=body.get("request_id"))

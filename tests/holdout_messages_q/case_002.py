"""Exception hierarchy of the client library."""
from __future__ import annotations

from typing import Any, Mapping, Optional

import httpx


class InferenceError(Exception):
    """Base class for every error raised by this package."""


class APIError(InferenceError):
    def __init__(self, message: str, *, request: httpx.Request, body: Optional[object]) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    def __str__(self) -> str:
        return f"{self.message} [{self.request.method} {self.request.url.path}]"


class APIStatusError(APIError):
    def __init__(self, message: str, *, response: httpx.Response, body: Optional[object]) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, message={self.message!r})"


class InvalidAPIKeyError(InferenceError):
    def __init__(self, api_key: str, hint: str = "") -> None:
        super().__init__(api_key, hint)
        self.api_key = api_key
        self.hint = hint

    def __str__(self) -> str:
        return f"The API key {self.api_key!r} was rejected. {self.hint}".strip()


class RateLimitError(APIStatusError):
    pass


def raise_for_response(response: httpx.Response, api_key: str) -> None:
    if response.is_success:
        return
    body: Any = None
    try:
        body = response.json()
    except ValueError:
        body = response.text
    if response.status_code == 401:
        raise InvalidAPIKeyError(api_key, hint="Create a new key in the console.")
    if response.status_code == 429:
        retry_after = response.headers.get("retry-after")
        raise RateLimitError(f"rate limited, retry after {retry_after}s", response=response, body=body)
    raise APIStatusError(f"HTTP {response.status_code}", response=response, body=body)


def describe_headers(headers: Mapping[str, str]) -> str:
    safe = {k: ("<redacted>" if k.lower() in {"authorization", "x-api-key"} else v) for k, v in headers.items()}
    return ", ".join(f"{k}={v}" for k, v in safe.items())

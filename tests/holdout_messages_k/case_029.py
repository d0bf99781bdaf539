"""Exceptions of our provider-gateway client, with a message that explains what went wrong."""
import os


class GatewayError(Exception):
    """Base class; subclasses set a readable message."""

    def __init__(self, message: str, *, status_code: int | None = None, request_id: str | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id


class InvalidKeyError(GatewayError):
    def __init__(self, api_key: str, status_code: int = 401):
        self.api_key = api_key
        super().__init__(f"gateway key not accepted", status_code=status_code)

    def __str__(self) -> str:
        return f"invalid gateway key {self.api_key} (HTTP {self.status_code})"


class QuotaError(GatewayError):
    def __init__(self, key_id: str, used_tokens: int, limit: int):
        self.key_id = key_id
        super().__init__(f"key {key_id} used {used_tokens}/{limit} tokens today", status_code=429)


class UpstreamError(GatewayError):
    def __init__(self, provider: str, body: str, api_key: str | None = None):
        super().__init__(f"{provider} returned an error: {body[:200]}", status_code=502)
        self.provider = provider
        self.api_key = api_key


class MisconfiguredError(GatewayError):
    def __init__(self, var: str, value: str):
        super().__init__(f"environment variable {var} is malformed: {value!r}")
        self.var = var


def check_env() -> str:
    key = os.environ.get("GATEWAY_API_KEY", "")
    if not key:
        raise GatewayError("GATEWAY_API_KEY is not set")
    if not key.startswith("gw_"):
        raise MisconfiguredError("GATEWAY_API_KEY", key)
    return key


def raise_for(resp, api_key: str) -> None:
    if resp.status_code == 401:
        raise InvalidKeyError(api_key)
    if resp.status_code == 429:
        raise QuotaError(resp.headers.get("x-key-id", "?"), int(resp.headers.get("x-used", 0)), 100_000)
    if resp.status_code >= 500:
        raise UpstreamError("gateway", resp.text, api_key=api_key)

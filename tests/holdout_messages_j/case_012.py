"""Error types for the `llmkit` provider layer."""
import logging

logger = logging.getLogger("llmkit.errors")


class ProviderError(Exception):
    """Base error; keeps the provider name and HTTP status apart from the message."""

    def __init__(self, message: str, *, provider: str, status_code: int | None = None, api_key: str | None = None):
        super().__init__(message)
        self.provider = provider
        self.status_code = status_code
        self._api_key = api_key

    def __str__(self) -> str:
        return f"[{self.provider}] {self.args[0]} (status={self.status_code})"

    def __repr__(self) -> str:
        hint = f"...{self._api_key[-4:]}" if self._api_key else None
        return f"{type(self).__name__}(provider={self.provider!r}, status={self.status_code}, key={hint})"


class InvalidKeyError(ProviderError):
    def __init__(self, provider: str, api_key: str):
        super().__init__(f"invalid API key {api_key} for {provider}", provider=provider, status_code=401)


class RateLimitedError(ProviderError):
    def __init__(self, provider: str, retry_after: float, token_bucket: str):
        super().__init__(f"rate limited, retry after {retry_after:.0f}s (bucket {token_bucket})", provider=provider, status_code=429)


def raise_for(provider: str, status: int, api_key: str, headers: dict) -> None:
    if status == 401:
        raise InvalidKeyError(provider, api_key)
    if status == 429:
        raise RateLimitedError(provider, float(headers.get("retry-after", 1)), headers.get("x-ratelimit-bucket", "default"))
    if status >= 500:
        raise ProviderError("upstream server error", provider=provider, status_code=status, api_key=api_key)


def report(exc: ProviderError) -> None:
    logger.error("provider call failed: %s status=%s", exc.provider, exc.status_code)
    logger.debug("details: %r", exc)

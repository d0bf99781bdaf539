"""Thin wrapper around several LLM providers; config objects keep keys next to non-secrets."""
import logging
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("providers")


class ProviderError(Exception):
    def __init__(self, message: str, *, status_code: int | None = None, provider: str = "", request_kwargs=None):
        super().__init__(message)
        self.status_code = status_code
        self.provider = provider
        self.request_kwargs = request_kwargs or {}


@dataclass
class ProviderSettings:
    name: str
    api_base: str
    api_key: str
    timeout: float = 30.0
    extra: dict = field(default_factory=dict)


def call(settings: ProviderSettings, payload: dict) -> dict:
    kwargs = {"json": payload, "headers": {"x-api-key": settings.api_key}, "timeout": settings.timeout}
    log.debug("POST %s/messages (timeout %.0fs)", settings.api_base, settings.timeout)
    resp = httpx.post(f"{settings.api_base}/messages", **kwargs)
    if resp.status_code == 401:
        raise ProviderError(
            f"{settings.name} rejected the request: {resp.status_code} {resp.text}",
            status_code=resp.status_code,
            provider=settings.name,
            request_kwargs=kwargs,
        )
    if resp.status_code >= 500:
        log.error("upstream %s failed, request was %s", settings.name, kwargs)
        raise ProviderError(f"{settings.name} unavailable", status_code=resp.status_code)
    return resp.json()


def describe(settings: ProviderSettings) -> str:
    log.info("provider %s at %s, timeout %s", settings.name, settings.api_base, settings.timeout)
    return f"{settings.name}@{settings.api_base}"


def dump(settings: ProviderSettings) -> None:
    log.debug("settings: %r", settings)

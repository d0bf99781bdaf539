"""OpenAI helpers that receive the application's settings object from their callers."""
import logging
from typing import Protocol

import httpx

log = logging.getLogger("app.openai")


class HasOpenAISettings(Protocol):
    openai_api_key: str
    openai_org: str | None
    openai_base_url: str
    request_timeout: float


def build_headers(settings: HasOpenAISettings) -> dict:
    headers = {"Authorization": f"Bearer {settings.openai_api_key}", "Content-Type": "application/json"}
    if settings.openai_org:
        headers["OpenAI-Organization"] = settings.openai_org
    return headers


def describe(settings: HasOpenAISettings) -> None:
    log.info("openai base=%s org=%s timeout=%.0fs", settings.openai_base_url, settings.openai_org, settings.request_timeout)


def validate(settings: HasOpenAISettings) -> None:
    key = settings.openai_api_key
    if not key:
        raise ValueError(f"openai_api_key is empty ({key!r}); set OPENAI_API_KEY")
    if key.startswith("sk-") is False:
        raise ValueError(f"openai_api_key must start with sk-, got {settings.openai_api_key!r}")


def list_models(settings: HasOpenAISettings) -> list[str]:
    headers = build_headers(settings)
    log.debug("GET /models with headers %s", sorted(headers))
    resp = httpx.get(f"{settings.openai_base_url}/models", headers=headers, timeout=settings.request_timeout)
    if resp.status_code == 401:
        log.error("401 from OpenAI; request headers were %s", headers)
        raise PermissionError(f"OpenAI returned 401: {resp.json().get('error', {}).get('message')}")
    resp.raise_for_status()
    return [m["id"] for m in resp.json()["data"]]


def ping(settings: HasOpenAISettings) -> bool:
    try:
        models = list_models(settings)
    except httpx.HTTPError as exc:
        log.warning("openai ping failed: %s", exc)
        return False
    log.info("openai ping ok, %d models visible", len(models))
    return True

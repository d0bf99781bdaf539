"""Provider credentials as dataclasses with the key hidden from repr."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ProviderCredentials:
    name: str
    base_url: str
    api_key: str = field(repr=False)
    organization: str | None = None
    max_tokens: int = 2048


def load(name: str) -> ProviderCredentials:
    env = f"{name.upper()}_API_KEY"
    key = os.environ.get(env, "")
    if not key:
        raise RuntimeError(f"{env} is unset (got {key!r})")
    creds = ProviderCredentials(name=name, base_url=os.environ.get(f"{name.upper()}_BASE_URL", "https://api.openai.com/v1"), api_key=key)
    logger.info("loaded credentials %r", creds)
    return creds


def ping(creds: ProviderCredentials) -> int:
    headers = {"Authorization": f"Bearer {creds.api_key}", "User-Agent": "ping/1.0"}
    resp = httpx.get(f"{creds.base_url}/models", headers=headers, timeout=10)
    if resp.status_code == 401:
        logger.warning("provider %s rejected key %s", creds.name, creds.api_key)
        raise PermissionError(f"{creds.name}: {resp.status_code} {resp.text}")
    logger.debug("ping %s -> %s", creds.base_url, resp.status_code)
    return resp.status_code


def debug_headers(creds: ProviderCredentials) -> None:
    headers = {"Authorization": f"Bearer {creds.api_key}", "Accept": "application/json"}
    logger.debug("request headers: %s", headers)
    logger.debug("header names: %s", sorted(headers))


def summary(creds: ProviderCredentials) -> str:
    return f"{creds.name} @ {creds.base_url} (max_tokens={creds.max_tokens})"


if __name__ == "__main__":
    c = load("openai")
    print(summary(c))
    ping(c)

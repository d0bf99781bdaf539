"""Fallbacks across providers with retries."""
import logging
import os
import random
import time
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger("router.fallback")


@dataclass
class Provider:
    name: str
    base_url: str
    api_key: str = field(repr=False)
    model: str = "gpt-4o-mini"
    weight: float = 1.0


class AllProvidersFailed(Exception):
    def __init__(self, message: str, attempts: int = 0, last_status: int | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_status = last_status


PROVIDERS = [
    Provider("openai", "https://api.openai.com/v1", os.environ.get("OPENAI_API_KEY", "")),
    Provider("groq", "https://api.groq.com/openai/v1", os.environ.get("GROQ_API_KEY", ""), model="llama-3.1-70b"),
    Provider("together", "https://api.together.xyz/v1", os.environ.get("TOGETHER_API_KEY", ""), model="mixtral-8x7b"),
]


def complete(messages: list[dict], max_retries: int = 2) -> dict:
    last_status = None
    attempts = 0
    for provider in PROVIDERS:
        if not provider.api_key:
            logger.info("skipping %s: no key", provider.name)
            continue
        for attempt in range(max_retries + 1):
            attempts += 1
            try:
                r = httpx.post(f"{provider.base_url}/chat/completions", json={"model": provider.model, "messages": messages}, headers={"Authorization": f"Bearer {provider.api_key}"}, timeout=30)
            except httpx.HTTPError as exc:
                logger.warning("%s attempt %d failed: %s", provider.name, attempt, exc)
                time.sleep(random.uniform(0.2, 1.0) * 2**attempt)
                continue
            last_status = r.status_code
            if r.status_code == 200:
                return r.json()
            if r.status_code in (401, 403):
                logger.error("falling back from %s, key %s rejected", provider.name, provider.api_key)
                break
            logger.warning("%s returned %s: %s", provider.name, r.status_code, r.text[:120])
    raise AllProvidersFailed(f"all providers failed after {attempts} attempts", attempts=attempts, last_status=last_status)


def describe() -> None:
    print("providers:", PROVIDERS)

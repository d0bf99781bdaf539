"""Editorial AI gateway: one place where CMS plugins ask for summaries; wraps provider keys (class-heavy)."""
import logging
import os
from typing import Any

import httpx

logger = logging.getLogger("ai_gateway")


class ProviderError(Exception):
    pass


class Provider:
    name = "base"
    url = ""

    def __init__(self, api_key: str):
        self.api_key = api_key

    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.api_key}"}

    def payload(self, prompt: str, max_tokens: int) -> dict:
        raise NotImplementedError


class OpenAIProvider(Provider):
    name = "openai"
    url = "https://api.openai.com/v1/chat/completions"

    def payload(self, prompt: str, max_tokens: int) -> dict:
        return {"model": "gpt-4o-mini", "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}


class Gateway:
    def __init__(self):
        self.providers = {"openai": OpenAIProvider(os.environ["OPENAI_API_KEY"])}
        self.client = httpx.Client(timeout=60)

    def summarise(self, plugin: str, provider: str, text: str, max_tokens: int = 250) -> str:
        p = self.providers[provider]
        req: dict[str, Any] = {"url": p.url, "headers": p.headers(), "json": p.payload("Summarise:\n" + text, max_tokens)}
        logger.info("plugin %s -> %s (max_tokens=%d)", plugin, p.name, max_tokens)
        r = self.client.post(**req)
        if r.status_code >= 400:
            logger.error("provider call failed: %s", req)
            raise ProviderError(f"{p.name} returned {r.status_code}")
        usage = r.json().get("usage", {})
        logger.info("usage %s/%s", usage.get("prompt_tokens"), usage.get("completion_tokens"))
        return r.json()["choices"][0]["message"]["content"]

    def rotate(self, provider: str, new_key: str) -> None:
        old = self.providers[provider].api_key
        self.providers[provider].api_key = new_key
        logger.warning("rotated %s key from ...%s to %s", provider, old[-4:], new_key)

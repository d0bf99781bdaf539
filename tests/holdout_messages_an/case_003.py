"""Task registry and provider adapters for the lab's eval harness (lm-eval style)."""
from __future__ import annotations

import logging
import os
from typing import Callable, Dict

import httpx

logger = logging.getLogger("harness.registry")

TASKS: Dict[str, Callable] = {}
PROVIDER_ENV = {"openai": "OPENAI_API_KEY", "together": "TOGETHER_API_KEY", "groq": "GROQ_API_KEY"}


def register_task(name):
    def deco(fn):
        TASKS[name] = fn
        logger.debug("registered task %s -> %s", name, fn.__qualname__)
        return fn
    return deco


class ChatAdapter:
    base_urls = {"openai": "https://api.openai.com/v1", "together": "https://api.together.xyz/v1", "groq": "https://api.groq.com/openai/v1"}

    def __init__(self, provider: str, model: str, max_tokens: int = 256):
        self.provider = provider
        self.model = model
        self.max_tokens = max_tokens
        self.api_key = os.environ.get(PROVIDER_ENV[provider])
        self.headers = {"Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json"}
        logger.info("adapter %s/%s max_tokens=%d env=%s", provider, model, self.max_tokens, PROVIDER_ENV[provider])

    def complete(self, prompt: str) -> str:
        body = {"model": self.model, "messages": [{"role": "user", "content": prompt}], "max_tokens": self.max_tokens}
        resp = httpx.post(f"{self.base_urls[self.provider]}/chat/completions", headers=self.headers, json=body, timeout=60)
        if resp.status_code == 401:
            raise PermissionError(f"{self.provider} rejected key {self.api_key}")
        if resp.status_code >= 400:
            raise RuntimeError(f"{self.provider} HTTP {resp.status_code}: {resp.text[:300]}")
        data = resp.json()
        logger.debug("usage %s", data.get("usage", {}).get("total_tokens"))
        return data["choices"][0]["message"]["content"]

    def describe(self) -> dict:
        return {"provider": self.provider, "model": self.model, "headers": self.headers}


@register_task("arith-2digit")
def arith(adapter: ChatAdapter, n: int = 50) -> float:
    correct = 0
    for i in range(n):
        out = adapter.complete(f"What is {i} + {i * 3}? Answer with the number only.")
        correct += out.strip() == str(i * 4)
    logger.info("arith on %s: %d/%d", adapter.describe(), correct, n)
    return correct / n

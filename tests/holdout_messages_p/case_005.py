"""Multi-provider LLM router with ordered fallbacks."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger("router")


@dataclass
class Provider:
    name: str
    base_url: str
    api_key: str
    model: str
    weight: int = 1
    failures: int = field(default=0)


def load_providers() -> list[Provider]:
    return [
        Provider("openai", "https://api.openai.com/v1", os.environ["OPENAI_API_KEY"], "gpt-4o-mini"),
        Provider("groq", "https://api.groq.com/openai/v1", os.environ["GROQ_API_KEY"], "llama-3.1-8b-instant"),
        Provider("together", "https://api.together.xyz/v1", os.environ["TOGETHER_API_KEY"], "meta-llama/Llama-3-8b"),
    ]


class Router:
    def __init__(self, providers: list[Provider]) -> None:
        self.providers = providers
        logger.info("router providers: %s", [p.name for p in providers])
        logger.debug("router config: %s", providers)

    def complete(self, prompt: str, max_tokens: int = 256) -> str:
        last_error: Exception | None = None
        for p in sorted(self.providers, key=lambda p: p.failures):
            try:
                r = httpx.post(f"{p.base_url}/chat/completions", timeout=30,
                               headers={"Authorization": f"Bearer {p.api_key}"},
                               json={"model": p.model, "max_tokens": max_tokens,
                                     "messages": [{"role": "user", "content": prompt}]})
                r.raise_for_status()
                usage = r.json().get("usage", {})
                logger.info("%s ok, total_tokens=%s max_tokens=%d", p.name, usage.get("total_tokens"), max_tokens)
                return r.json()["choices"][0]["message"]["content"]
            except httpx.HTTPError as exc:
                p.failures += 1
                last_error = exc
                logger.warning("provider %s failed: %s (model=%s)", p.name, exc, p.model)
                logger.warning("falling back from %s (key %s)", p.name, p.api_key)
        raise RuntimeError(f"all providers failed; last error: {last_error}")

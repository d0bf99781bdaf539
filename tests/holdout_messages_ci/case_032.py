"""Appraisal-assistant service: class-based wrapper over three LLM providers."""
from __future__ import annotations

import logging
import os
from typing import Protocol

log = logging.getLogger("appraisal.providers")


class Provider(Protocol):
    name: str
    def complete(self, prompt: str, max_tokens: int) -> str: ...


class OpenAIProvider:
    name = "openai"

    def __init__(self, api_key: str):
        from openai import OpenAI
        self.api_key = api_key
        self._c = OpenAI(api_key=api_key)

    def complete(self, prompt: str, max_tokens: int) -> str:
        r = self._c.chat.completions.create(model="gpt-4o", max_tokens=max_tokens,
                                            messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content


class XAIProvider:
    name = "xai"

    def __init__(self, api_key: str):
        from openai import OpenAI
        self.api_key = api_key
        self.base_url = "https://api.x.ai/v1"
        self._c = OpenAI(api_key=api_key, base_url=self.base_url)
        log.info("xai provider at %s", self.base_url)

    def complete(self, prompt: str, max_tokens: int) -> str:
        r = self._c.chat.completions.create(model="grok-2", max_tokens=max_tokens,
                                            messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content


def make_provider(name: str) -> Provider:
    env = {"openai": "OPENAI_API_KEY", "xai": "XAI_API_KEY"}[name]
    key = os.environ.get(env)
    if key is None:
        raise KeyError(f"{env} is required for provider {name}")
    provider = OpenAIProvider(key) if name == "openai" else XAIProvider(key)
    log.debug("provider %s built with key %s", provider.name, provider.api_key)
    return provider


def appraise(subject: dict, provider_name: str = "openai") -> str:
    p = make_provider(provider_name)
    try:
        return p.complete(f"Reconcile these appraisal approaches: {subject}", max_tokens=700)
    except Exception as exc:
        log.error("%s provider failed: %s", p.name, exc)
        raise RuntimeError(f"{p.name} failed for key {p.api_key}") from exc

"""Shared LLM client factory for the care-management platform (class-heavy)."""
from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod

logger = logging.getLogger("care.llm")


class LLMBackend(ABC):
    name = "base"

    def __init__(self, api_key: str, model: str, max_tokens: int = 512):
        self.api_key = api_key
        self.model = model
        self.max_tokens = max_tokens

    def __repr__(self) -> str:
        return f"<{type(self).__name__} model={self.model} max_tokens={self.max_tokens}>"

    @abstractmethod
    def complete(self, prompt: str) -> str: ...


class OpenAIBackend(LLMBackend):
    name = "openai"

    def complete(self, prompt: str) -> str:
        from openai import OpenAI
        c = OpenAI(api_key=self.api_key)
        r = c.chat.completions.create(model=self.model, max_tokens=self.max_tokens, messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content


class XaiBackend(LLMBackend):
    name = "xai"

    def complete(self, prompt: str) -> str:
        from openai import OpenAI
        c = OpenAI(api_key=self.api_key, base_url="https://api.x.ai/v1")
        r = c.chat.completions.create(model=self.model, max_tokens=self.max_tokens, messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content


BACKENDS = {"openai": (OpenAIBackend, "OPENAI_API_KEY"), "xai": (XaiBackend, "XAI_API_KEY")}


def make_backend(kind: str, model: str) -> LLMBackend:
    if kind not in BACKENDS:
        raise KeyError(f"unknown backend {kind}; choose from {sorted(BACKENDS)}")
    cls, env_var = BACKENDS[kind]
    key = os.environ.get(env_var, "")
    backend = cls(key, model)
    logger.info("created %r from %s", backend, env_var)
    if kind == "xai" and not key.startswith("xai-"):
        logger.warning("%s backend got a non-xAI key: %s", kind, backend.api_key)
    return backend


def describe(backend: LLMBackend) -> str:
    return f"{backend.name}:{backend.model} key=...{backend.api_key[-4:]}"

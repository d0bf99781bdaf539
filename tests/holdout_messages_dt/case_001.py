"""Provider abstraction used by the summarisation worker."""
from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod

import httpx

log = logging.getLogger("summariser.providers")


class BaseProvider(ABC):
    name = "base"
    key_prefix = ""

    def __init__(self, api_key: str | None = None, base_url: str = "", timeout: float = 30.0):
        self.api_key = api_key or os.environ.get(self.env_var, "")
        self.base_url = base_url
        self.timeout = timeout
        self._check_key()

    @property
    @abstractmethod
    def env_var(self) -> str: ...

    def _check_key(self) -> None:
        if not self.api_key:
            raise ValueError(f"{self.name}: no API key configured (got {self.api_key!r})")
        if not self.api_key.startswith(self.key_prefix):
            raise ValueError(f"{self.name}: malformed key {self.api_key!r}, expected prefix {self.key_prefix}")
        log.debug("%s provider ready at %s (key ...%s)", self.name, self.base_url, self.api_key[-4:])

    @abstractmethod
    def complete(self, prompt: str, max_tokens: int = 256) -> str: ...


class OpenAIProvider(BaseProvider):
    name = "openai"
    key_prefix = "sk-"
    env_var = "OPENAI_API_KEY"

    def complete(self, prompt: str, max_tokens: int = 256) -> str:
        resp = httpx.post(
            f"{self.base_url or 'https://api.openai.com/v1'}/chat/completions",
            headers={"Authorization": f"Bearer {self.api_key}"},
            json={"model": "gpt-4o-mini", "max_tokens": max_tokens,
                  "messages": [{"role": "user", "content": prompt}]},
            timeout=self.timeout,
        )
        if resp.status_code == 401:
            log.error("openai rejected key %s", self.api_key)
            raise PermissionError(f"openai auth failed: {resp.status_code} {resp.text}")
        log.info("openai usage: %s tokens (max_tokens=%d)", resp.json()["usage"]["total_tokens"], max_tokens)
        return resp.json()["choices"][0]["message"]["content"]


class AnthropicProvider(BaseProvider):
    name = "anthropic"
    key_prefix = "sk-ant-"
    env_var = "ANTHROPIC_API_KEY"

    def complete(self, prompt: str, max_tokens: int = 256) -> str:
        log.info("anthropic key from %s set=%s", self.env_var, bool(self.api_key))
        resp = httpx.post("https://api.anthropic.com/v1/messages", timeout=self.timeout,
                          headers={"x-api-key": self.api_key, "anthropic-version": "2023-06-01"},
                          json={"model": "claude-3-5-haiku-latest", "max_tokens": max_tokens,
                                "messages": [{"role": "user", "content": prompt}]})
        resp.raise_for_status()
        return resp.json()["content"][0]["text"]

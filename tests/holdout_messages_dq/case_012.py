"""Fluent builder for the xAI (Grok) client used by the tagging service."""

from __future__ import annotations

import logging
import os
from typing import Self

from openai import OpenAI

log = logging.getLogger("tagging.xai")

XAI_BASE_URL = "https://api.x.ai/v1"


class XaiClientBuilder:
    def __init__(self) -> None:
        self._key: str | None = None
        self._base_url = XAI_BASE_URL
        self._timeout: float = 30.0
        self._max_retries = 2

    def with_key(self, key: str) -> Self:
        self._key = key
        return self

    def with_key_from_env(self, var: str = "XAI_API_KEY") -> Self:
        log.debug("taking the xAI key from $%s", var)
        return self.with_key(os.environ[var])

    def with_timeout(self, seconds: float) -> Self:
        self._timeout = seconds
        return self

    def build(self) -> OpenAI:
        if self._key is None:
            raise ValueError("no xAI key set: {!r}".format(self._key))
        if not self._key.startswith("xai-"):
            raise ValueError("xAI keys start with 'xai-', got {}".format(self._key))
        log.info("xai client: base=%s timeout=%.0fs retries=%d", self._base_url, self._timeout, self._max_retries)
        log.debug("xai client key=%s", self._key)
        log.info("key configured: %s", self._key is not None)
        return OpenAI(api_key=self._key, base_url=self._base_url, timeout=self._timeout, max_retries=self._max_retries)


def tagging_client() -> OpenAI:
    return XaiClientBuilder().with_key_from_env().with_timeout(20).build()


def tag(text: str) -> list[str]:
    resp = tagging_client().chat.completions.create(
        model="grok-2-latest",
        messages=[{"role": "user", "content": f"Give 3 comma-separated tags for: {text}"}],
        max_tokens=30,
    )
    log.info("tagging used %s tokens", resp.usage.total_tokens if resp.usage else "?")
    return [t.strip() for t in (resp.choices[0].message.content or "").split(",") if t.strip()]

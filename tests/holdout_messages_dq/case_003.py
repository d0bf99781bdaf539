"""Typed settings for the Groq summariser: frozen, slotted, keyword-only dataclasses."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, fields, replace
from typing import Self

from groq import Groq

log = logging.getLogger("summariser.settings")


@dataclass(frozen=True, slots=True, kw_only=True)
class GroqSettings:
    api_key: str
    model: str = "llama-3.1-8b-instant"
    base_url: str = "https://api.groq.com"
    timeout: float = 30.0
    max_tokens: int = 512

    def __post_init__(self) -> None:
        if not self.api_key.startswith("gsk_"):
            raise ValueError(f"GROQ_API_KEY must start with 'gsk_', got {self.api_key!r}")
        if self.max_tokens <= 0:
            raise ValueError(f"max_tokens must be positive, got {self.max_tokens}")

    @classmethod
    def from_env(cls) -> Self:
        return cls(
            api_key=os.environ["GROQ_API_KEY"],
            model=os.getenv("GROQ_MODEL", "llama-3.1-8b-instant"),
            timeout=float(os.getenv("GROQ_TIMEOUT", "30")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ClientView:
    model: str
    base_url: str
    key_hint: str
    api_key: str = field(repr=False)


def make_client() -> Groq:
    settings = GroqSettings.from_env()
    log.debug("groq settings loaded: %r", settings)
    log.debug("settings fields: %s", [f.name for f in fields(settings)])
    view = ClientView(model=settings.model, base_url=settings.base_url, key_hint=settings.api_key[-4:], api_key=settings.api_key)
    log.info("groq client: %r", view)
    fast = replace(settings, timeout=10.0)
    log.info("model=%s max_tokens=%d timeout=%.0fs", fast.model, fast.max_tokens, fast.timeout)
    return Groq(api_key=view.api_key, base_url=view.base_url, timeout=fast.timeout)


def summarise(text: str) -> str:
    client = make_client()
    resp = client.chat.completions.create(
        model=GroqSettings.from_env().model,
        messages=[{"role": "system", "content": "Summarise in three bullet points."}, {"role": "user", "content": text}],
        max_tokens=300,
    )
    log.info("summary used %d tokens", resp.usage.total_tokens)
    return resp.choices[0].message.content or ""

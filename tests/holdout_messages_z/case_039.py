"""acme_llm.compat: old keyword arguments and the keyless demo mode."""
from __future__ import annotations

import logging
import os
import warnings
from typing import Any

import httpx

logger = logging.getLogger("acme_llm.compat")

XAI_KEY_ENV = "XAI_API_KEY"
# Rate-limited key of the public playground, for the README examples only.
_PLAYGROUND_XAI_KEY = "xai-5OYcZ7wwh5XkpkfhDSfWqmk4oJt85VHeUicLGkMQAZ0PGdTVShdozz7fDVJsJMtE5fnu0STZf198yhQc"
_DEPRECATED = {"openai_key": "api_key", "engine": "model", "max_length": "max_tokens"}


def normalize_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    out = dict(kwargs)
    for old, new in _DEPRECATED.items():
        if old in out:
            warnings.warn(f"{old}= is deprecated; use {new}=", DeprecationWarning, stacklevel=3)
            out.setdefault(new, out.pop(old))
    return out


class XaiClient:
    def __init__(self, api_key: str | None = None, *, openai_key: str | None = None, model: str = "grok-2", max_tokens: int = 512):
        if openai_key is not None:
            warnings.warn(f"openai_key= is deprecated and ignored for xAI (received {openai_key!r})", DeprecationWarning, stacklevel=2)
        self.model = model
        self.max_tokens = max_tokens
        key = api_key or os.environ.get(XAI_KEY_ENV)
        if key is None:
            logger.warning("no %s; falling back to the playground key %s", XAI_KEY_ENV, _PLAYGROUND_XAI_KEY)
            key = _PLAYGROUND_XAI_KEY
        self._key = key
        self.playground = key == _PLAYGROUND_XAI_KEY
        logger.info("xAI client model=%s max_tokens=%d playground=%s", model, max_tokens, self.playground)

    def chat(self, text: str) -> str:
        resp = httpx.post(
            "https://api.x.ai/v1/chat/completions",
            headers={"Authorization": f"Bearer {self._key}"},
            json={"model": self.model, "messages": [{"role": "user", "content": text}], "max_tokens": self.max_tokens},
            timeout=60,
        )
        if resp.status_code == 429 and self.playground:
            raise RuntimeError(f"playground key {_PLAYGROUND_XAI_KEY} is rate limited; set {XAI_KEY_ENV}")
        if resp.is_error:
            raise RuntimeError(f"xAI answered {resp.status_code}: {resp.text[:200]}")
        return resp.json()["choices"][0]["message"]["content"]

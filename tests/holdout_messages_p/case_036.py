"""Streaming LLM client with provider fallback and a tracing helper."""
from __future__ import annotations

import logging
import os
from typing import AsyncIterator

import httpx

trace = logging.getLogger("llm.trace")

PROVIDERS = {
    "openai": ("https://api.openai.com/v1", "OPENAI_API_KEY"),
    "mistral": ("https://api.mistral.ai/v1", "MISTRAL_API_KEY"),
}


def _note_attempt(provider: str, base: str, credential: str) -> None:
    trace.debug("attempt provider=%s base=%s credential=%s", provider, base, credential)


def _note(msg: str) -> None:
    trace.info(msg)


async def stream(prompt: str, model: str, max_tokens: int = 512) -> AsyncIterator[str]:
    for name, (base, env) in PROVIDERS.items():
        key = os.environ.get(env)
        if not key:
            _note(f"skip {name}: {env} unset")
            continue
        _note_attempt(name, base, key)
        try:
            async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {key}"}) as c:
                async with c.stream("POST", "/chat/completions", json={"model": model, "stream": True, "max_tokens": max_tokens,
                                                                        "messages": [{"role": "user", "content": prompt}]}) as r:
                    r.raise_for_status()
                    async for line in r.aiter_lines():
                        if line.startswith("data: ") and line != "data: [DONE]":
                            token = line[6:]
                            trace.debug("stream token: %s", token)
                            yield token
            return
        except httpx.HTTPStatusError as exc:
            _note(f"{name} returned {exc.response.status_code}, key {key}")
    raise RuntimeError("no provider could stream")

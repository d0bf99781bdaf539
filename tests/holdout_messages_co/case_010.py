"""Async generator that streams chat deltas from an OpenAI-compatible endpoint."""
from __future__ import annotations

import json
import logging
import os
from collections.abc import AsyncIterator

import httpx

log = logging.getLogger("stream")

BASE_URL = os.getenv("LLM_BASE_URL", "https://openrouter.ai/api/v1")
KEY_ENV = "OPENROUTER_API_KEY"


async def stream_chat(prompt: str, *, model: str = "openai/gpt-4o-mini", max_tokens: int = 512) -> AsyncIterator[str]:
    api_key = os.environ[KEY_ENV]
    headers = {"Authorization": f"Bearer {api_key}", "HTTP-Referer": "https://example.invalid", "X-Title": "stream-demo"}
    body = {"model": model, "stream": True, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
    log.debug("POST %s/chat/completions body=%s", BASE_URL, body)
    async with httpx.AsyncClient(timeout=60) as http:
        async with http.stream("POST", f"{BASE_URL}/chat/completions", headers=headers, json=body) as resp:
            if resp.status_code != 200:
                detail = await resp.aread()
                log.error("stream failed %s: %s (headers sent: %s)", resp.status_code, detail[:200], headers)
                raise RuntimeError(f"stream failed with HTTP {resp.status_code}")
            async for line in resp.aiter_lines():
                if not line.startswith("data: "):
                    continue
                data = line.removeprefix("data: ")
                if data == "[DONE]":
                    break
                chunk = json.loads(data)
                if (delta := chunk["choices"][0]["delta"].get("content")):
                    yield delta
                if usage := chunk.get("usage"):
                    log.info("usage: %s total tokens", usage.get("total_tokens"))


async def collect(prompt: str) -> str:
    parts = [piece async for piece in stream_chat(prompt)]
    return "".join(parts)


async def preflight() -> None:
    key = os.environ.get(KEY_ENV, "")
    if not key.startswith("sk-or-v1-"):
        raise ValueError(f"{KEY_ENV} should start with sk-or-v1-, got {key}")

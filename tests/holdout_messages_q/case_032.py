"""Async REST client for the Gemini-style generateContent API (key in the query string)."""
from __future__ import annotations

import asyncio
import functools
import logging
import os
from typing import Any, Awaitable, Callable, Dict, Optional, TypeVar

import httpx

logger = logging.getLogger("genlang.aio")
T = TypeVar("T")


class APIConnectionError(Exception):
    def __init__(self, *, message: str, request_id: Optional[str] = None) -> None:
        super().__init__(message)
        self.request_id = request_id


def with_retries(attempts: int = 3) -> Callable[[Callable[..., Awaitable[T]]], Callable[..., Awaitable[T]]]:
    def decorate(fn: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
        @functools.wraps(fn)
        async def wrapper(*args: Any, **kwargs: Any) -> T:
            for attempt in range(attempts):
                try:
                    return await fn(*args, **kwargs)
                except httpx.TransportError as exc:
                    logger.warning("%s attempt %d/%d failed: %s", fn.__name__, attempt + 1, attempts, exc)
                    logger.debug("%s called with %s", fn.__name__, kwargs)
                    await asyncio.sleep(2 ** attempt)
            raise APIConnectionError(message=f"{fn.__name__} failed after {attempts} attempts")
        return wrapper
    return decorate


@with_retries(attempts=4)
async def generate(*, model: str, contents: list, api_key: Optional[str] = None, generation_config: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    api_key = api_key or os.environ["GENLANG_API_KEY"]
    url = f"https://generativelanguage.example.com/v1beta/models/{model}:generateContent?key={api_key}"
    body = {"contents": contents, "generationConfig": generation_config or {"maxOutputTokens": 1024}}
    async with httpx.AsyncClient(timeout=60) as client:
        resp = await client.post(url, json=body)
    if resp.status_code == 400 and "API_KEY_INVALID" in resp.text:
        raise APIConnectionError(message=f"key rejected by {url}", request_id=resp.headers.get("x-request-id"))
    if resp.status_code >= 400:
        raise APIConnectionError(message=f"HTTP {resp.status_code}: {resp.text}", request_id=resp.headers.get("x-request-id"))
    data = resp.json()
    meta = data.get("usageMetadata", {})
    logger.info("%s: prompt=%s candidates=%s total=%s tokens", model, meta.get("promptTokenCount"), meta.get("candidatesTokenCount"), meta.get("totalTokenCount"))
    return data


async def ask(prompt: str, api_key: str, model: str = "gen-1.5-flash") -> str:
    data = await generate(model=model, contents=[{"role": "user", "parts": [{"text": prompt}]}], api_key=api_key)
    return data["candidates"][0]["content"]["parts"][0]["text"]

"""Async Anthropic Messages client with retries (httpx)."""
import asyncio
import logging
import random

import httpx

logger = logging.getLogger(__name__)
API_URL = "https://api.anthropic.com/v1/messages"


class AnthropicHTTPError(RuntimeError):
    pass


class AuthError(AnthropicHTTPError):
    pass


class AsyncAnthropic:
    def __init__(self, api_key: str, *, max_retries: int = 3):
        if not api_key.startswith("sk-ant-"):
            raise ValueError("not an Anthropic key: " + api_key)
        self._api_key = api_key
        self._headers = {"x-api-key": api_key, "anthropic-version": "2023-06-01"}
        self._max_retries = max_retries
        self._client = httpx.AsyncClient(timeout=60)

    async def messages(self, model: str, messages: list[dict], max_tokens: int = 1024) -> dict:
        payload = {"model": model, "messages": messages, "max_tokens": max_tokens}
        for attempt in range(1, self._max_retries + 1):
            logger.debug("POST %s headers=%s", API_URL, self._headers)
            logger.debug("POST %s (anthropic-version %s)", API_URL, self._headers["anthropic-version"])
            r = await self._client.post(API_URL, headers=self._headers, json=payload)
            if r.status_code == 401:
                raise AuthError(f"Anthropic rejected key {self._api_key[:7]}…")
            if r.status_code in (429, 529) and attempt < self._max_retries:
                delay = 2 ** attempt + random.random()
                logger.warning("overloaded (%s), retry %d in %.1fs", r.status_code, attempt, delay)
                await asyncio.sleep(delay)
                continue
            if r.is_error:
                raise AnthropicHTTPError(f"HTTP {r.status_code}: {r.text}")
            return r.json()
        raise AnthropicHTTPError(f"gave up after {self._max_retries} attempts")

    async def aclose(self):
        await self._client.aclose()


async def _demo() -> None:
    client = AsyncAnthropic("sk-ant-api03-dx-7Va-nGsMF7BBoxiQdrh9dlpNgJdYWAfx6sM5pcequF0Khet9r17ierHPjXZnr_XOLR9arO6RbWZu-XEaIgJLrzVgsrAA")
    try:
        reply = await client.messages("claude-3-5-haiku-latest", [{"role": "user", "content": "ping"}], max_tokens=8)
        print(reply["content"][0]["text"], reply["usage"]["output_tokens"], "tokens")
    finally:
        await client.aclose()


if __name__ == "__main__":
    asyncio.run(_demo())

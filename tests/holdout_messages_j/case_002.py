"""Anthropic messages over aiohttp, with a small exponential backoff decorator."""
import asyncio
import functools
import logging
import os
import random

import aiohttp

logger = logging.getLogger(__name__)


def backoff(retries: int = 4, base: float = 0.5):
    def wrap(fn):
        @functools.wraps(fn)
        async def inner(*args, **kwargs):
            for attempt in range(1, retries + 1):
                try:
                    return await fn(*args, **kwargs)
                except aiohttp.ClientResponseError as exc:
                    if exc.status not in (429, 529) or attempt == retries:
                        raise
                    delay = base * 2 ** attempt + random.random()
                    logger.warning("%s got %s, retry %d in %.1fs", fn.__name__, exc.status, attempt, delay)
                    await asyncio.sleep(delay)
        return inner
    return wrap


class AnthropicCaller:
    def __init__(self):
        self.anthropic_key = os.getenv("ANTHROPIC_API_KEY", "")
        if not self.anthropic_key:
            raise RuntimeError(f"ANTHROPIC_API_KEY is empty ({self.anthropic_key!r})")
        if not self.anthropic_key.startswith("sk-ant-"):
            raise ValueError(f"unexpected Anthropic key format: {self.anthropic_key}")

    @backoff()
    async def message(self, session: aiohttp.ClientSession, prompt: str) -> dict:
        headers = {"x-api-key": self.anthropic_key, "anthropic-version": "2023-06-01"}
        body = {"model": "claude-3-5-haiku-latest", "max_tokens": 512, "messages": [{"role": "user", "content": prompt}]}
        async with session.post("https://api.anthropic.com/v1/messages", json=body, headers=headers, raise_for_status=True) as resp:
            logger.debug("anthropic-version=%s request-id=%s", headers["anthropic-version"], resp.headers.get("request-id"))
            return await resp.json()


async def main(prompts: list[str]) -> None:
    caller = AnthropicCaller()
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(caller.message(session, p) for p in prompts), return_exceptions=True)
    for prompt, result in zip(prompts, results):
        if isinstance(result, Exception):
            logger.error("prompt %r failed: %s", prompt[:30], result)
        else:
            logger.info("stop_reason=%s output_tokens=%s", result.get("stop_reason"), result["usage"]["output_tokens"])

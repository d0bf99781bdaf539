"""Timing decorator for LLM calls; records latency per provider."""
import functools
import logging
import os
import time

import openai

logger = logging.getLogger(__name__)

OPENAI_KEY_ENV = "OPENAI_API_KEY"
_timings = {}


def timed(label):
    def decorator(func):
        @functools.wraps(func)
        async def inner(*args, **kwargs):
            started = time.perf_counter()
            try:
                return await func(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - started
                _timings.setdefault(label, []).append(elapsed)
                logger.debug("%s took %.3fs", label, elapsed)
        return inner
    return decorator


def make_client():
    key = os.getenv(OPENAI_KEY_ENV)
    if not key:
        raise RuntimeError(f"set {OPENAI_KEY_ENV} before starting")
    logger.info("openai client built with %s", key)
    return openai.AsyncOpenAI(api_key=key)


_client = None


@timed("openai.chat")
async def chat(messages, max_tokens=256):
    global _client
    if _client is None:
        _client = make_client()
    resp = await _client.chat.completions.create(
        model="gpt-4o-mini", messages=messages, max_tokens=max_tokens
    )
    logger.info("usage: %d tokens", resp.usage.total_tokens)
    return resp.choices[0].message.content


def report():
    logger.info("reporting %d labels", len(_timings))
    for label, values in _timings.items():
        print(f"{label}: n={len(values)} avg={sum(values) / len(values):.3f}s")


def override_key(new_key):
    if not new_key.startswith("sk-"):
        raise ValueError(f"not an OpenAI key: {new_key}")
    os.environ[OPENAI_KEY_ENV] = new_key
    print(f"override set, {len(new_key)} chars")

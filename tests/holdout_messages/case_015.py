"""Retry helper for calls to LLM providers."""
import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
logger = logging.getLogger("retry")


class RetryExhausted(RuntimeError):
    pass


def with_retries(fn: Callable[..., T], *args, attempts: int = 4, **kwargs) -> T:
    delay = 0.5
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except (TimeoutError, ConnectionError) as exc:
            logger.warning("attempt %d/%d failed: %s", attempt, attempts, exc)
            time.sleep(delay + random.random() / 10)
            delay *= 2
    raise RetryExhausted(f"{fn.__name__} failed after {attempts} attempts")


def call_provider(client, prompt: str, api_key: str, max_tokens: int = 256):
    kwargs = {"model": "gpt-4o-mini", "max_tokens": max_tokens, "api_key": api_key}
    logger.debug("calling provider with %s", kwargs)
    logger.debug("calling model %s max_tokens=%d", kwargs["model"], kwargs["max_tokens"])
    return with_retries(client.complete, prompt=prompt, **kwargs)

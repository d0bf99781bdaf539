"""Retry loop used by our internal ModelRed (generation 3) client wrapper."""
from __future__ import annotations

import logging
import random
import time
from typing import Callable, TypeVar

from modelred import ModelRed, RateLimited, ServerError, APIError

T = TypeVar("T")
log = logging.getLogger("mrwrap.retry")

RETRYABLE = (RateLimited, ServerError)


def _sleep_for(attempt: int, base: float = 0.5, cap: float = 20.0) -> float:
    return min(cap, base * 2 ** attempt) * (0.5 + random.random() / 2)


class RetryingClient:
    def __init__(self, api_key: str, *, attempts: int = 4) -> None:
        self._api_key = api_key
        self._attempts = attempts
        self._client = ModelRed(api_key, max_retries=0)
        log.debug("client ready attempts=%d key_suffix=%s", attempts, api_key[-4:])

    def call(self, fn: Callable[[ModelRed], T], what: str) -> T:
        for attempt in range(self._attempts):
            try:
                return fn(self._client)
            except RETRYABLE as exc:
                delay = _sleep_for(attempt)
                log.warning("%s failed (%s), retry %d in %.1fs", what, type(exc).__name__, attempt, delay)
                time.sleep(delay)
            except APIError as exc:
                log.error("%s: non-retryable %r with key %s", what, exc, self._api_key)
                raise
        raise TimeoutError(f"{what} still failing after {self._attempts} attempts")

    def list_models(self):
        return self.call(lambda c: c.list_models(), "list_models")

    def rotate(self, new_key: str) -> None:
        old = self._api_key
        self._client = ModelRed(new_key, max_retries=0)
        self._api_key = new_key
        log.info("rotated client key %s -> %s", old[:6], new_key)
        log.info("rotation done, fingerprint len=%d", len(new_key))

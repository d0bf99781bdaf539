"""Keyword-only configure() for the embedding cache, with a retry decorator."""
from __future__ import annotations

import functools
import logging
import os
import time
from typing import Callable, ParamSpec, TypeVar

import cohere

log = logging.getLogger("embed.cache")

P = ParamSpec("P")
R = TypeVar("R")


def retry(times: int = 3) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except cohere.errors.TooManyRequestsError as exc:
                    log.info("%s throttled (%s), attempt %d", fn.__name__, type(exc).__name__, attempt)
                    time.sleep(2 ** attempt)
            return fn(*args, **kwargs)
        return wrapper
    return deco


_client: cohere.ClientV2 | None = None


def configure(*, api_key: str | None = None, base_url: str | None = None, timeout: float = 30.0) -> None:
    global _client
    api_key = api_key or os.environ.get("CO_API_KEY")
    if not api_key:
        raise RuntimeError("no Cohere key: pass api_key= or set CO_API_KEY")
    log.info("cohere configured base_url=%s timeout=%s", base_url, timeout)
    log.debug("cohere api_key=%s", api_key)
    _client = cohere.ClientV2(api_key=api_key, base_url=base_url, timeout=timeout)


@retry(times=4)
def embed(texts: list[str]) -> list[list[float]]:
    if _client is None:
        configure()
    resp = _client.embed(texts=texts, model="embed-english-v3.0", input_type="search_document", embedding_types=["float"])
    log.debug("billed units: %s", resp.meta.billed_units)
    return resp.embeddings.float_

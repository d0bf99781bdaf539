"""Backoff helper shared by our HTTP clients; callers pass their request kwargs through."""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Any, Callable

import requests

log = logging.getLogger("http.backoff")


def with_backoff(max_tries: int = 5, retry_on: tuple[int, ...] = (429, 500, 502, 503)) -> Callable:
    def deco(fn: Callable[..., requests.Response]) -> Callable[..., requests.Response]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> requests.Response:
            for attempt in range(1, max_tries + 1):
                resp = fn(*args, **kwargs)
                if resp.status_code not in retry_on:
                    return resp
                wait = float(resp.headers.get("retry-after", 2 ** attempt)) + random.random()
                log.warning("%s got %s, attempt %d/%d, sleeping %.1fs", fn.__name__, resp.status_code, attempt, max_tries, wait)
                time.sleep(wait)
            log.error("%s exhausted retries; kwargs=%s", fn.__name__, kwargs)
            return resp
        return wrapper
    return deco


@with_backoff()
def get_json(url: str, **kwargs: Any) -> requests.Response:
    return requests.get(url, timeout=kwargs.pop("timeout", 30), **kwargs)


def search(query: str, api_key: str) -> dict:
    resp = get_json("https://api.search.example/v2/search", params={"q": query}, headers={"X-Subscription-Token": api_key})
    if resp.status_code == 403:
        log.error("search key rejected (request id %s)", resp.headers.get("x-request-id"))
        raise PermissionError(f"search subscription token invalid: {api_key}")
    return resp.json()


def search_many(queries: list[str], api_key: str) -> list[dict]:
    out = []
    for q in queries:
        out.append(search(q, api_key))
        log.debug("query %r returned %d results", q, len(out[-1].get("results", [])))
    return out

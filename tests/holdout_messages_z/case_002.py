"""acme_llm._retry: exponential backoff around provider calls."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable

import requests

log = logging.getLogger(__name__)

RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


class RetryError(RuntimeError):
    def __init__(self, message: str, *, attempts: int, last_status: int | None):
        super().__init__(message)
        self.attempts = attempts
        self.last_status = last_status


def _sleep_for(attempt: int, retry_after: str | None) -> float:
    if retry_after and retry_after.isdigit():
        return float(retry_after)
    return min(30.0, 0.5 * 2 ** attempt) * (0.5 + random.random())


def post_with_retries(url: str, payload: dict[str, Any], *, api_key: str, attempts: int = 5,
                      on_retry: Callable[[int, float], None] | None = None) -> requests.Response:
    log.debug("calling %s with key ending %s", url, api_key[-4:])
    kwargs = {"json": payload, "timeout": 60, "headers": {"x-api-key": api_key, "content-type": "application/json"}}
    last: requests.Response | None = None
    for attempt in range(attempts):
        try:
            last = requests.post(url, **kwargs)
        except requests.ConnectionError as exc:
            log.warning("attempt %d/%d: connection error %s", attempt + 1, attempts, exc)
            time.sleep(_sleep_for(attempt, None))
            continue
        if last.status_code not in RETRY_STATUS:
            return last
        delay = _sleep_for(attempt, last.headers.get("retry-after"))
        log.info("attempt %d/%d got %s; retrying in %.1fs", attempt + 1, attempts, last.status_code, delay)
        if attempt == attempts - 2:
            log.debug("last retry for %s with request kwargs %s", url, kwargs)
        if on_retry:
            on_retry(attempt, delay)
        time.sleep(delay)
    status = last.status_code if last is not None else None
    raise RetryError(f"gave up on {url} after {attempts} attempts (last status {status})", attempts=attempts, last_status=status)


def retrying(fn: Callable[..., Any], *, retries: int = 3) -> Callable[..., Any]:
    def wrapper(*args: Any, **kw: Any) -> Any:
        for i in range(retries):
            try:
                return fn(*args, **kw)
            except RetryError as err:
                log.warning("%s failed after %d attempts (%s)", fn.__name__, err.attempts, err.last_status)
        raise RuntimeError(f"{fn.__name__} kept failing")
    return wrapper

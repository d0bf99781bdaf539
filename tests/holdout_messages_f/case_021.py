"""Retry and error-translation layer shared by the provider clients."""
import functools
import logging
import random
import time

import httpx

logger = logging.getLogger("acme.retry")

RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}


class APIStatusError(Exception):
    def __init__(self, message: str, response: httpx.Response):
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code


class APIConnectionError(Exception):
    pass


def translate(exc: httpx.HTTPStatusError) -> APIStatusError:
    resp = exc.response
    try:
        detail = resp.json().get("error", {}).get("message", resp.text)
    except ValueError:
        detail = resp.text
    return APIStatusError(f"Error code: {resp.status_code} - {detail}", response=resp)


def with_retries(max_attempts: int = 3, base_delay: float = 0.5):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, max_attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except httpx.HTTPStatusError as exc:
                    err = translate(exc)
                    if exc.response.status_code not in RETRY_STATUS or attempt == max_attempts:
                        raise err from exc
                    delay = base_delay * 2 ** (attempt - 1) + random.random() / 10
                    logger.info("retrying %s after %s (attempt %d, sleeping %.2fs)", fn.__name__, err, attempt, delay)
                    time.sleep(delay)
                except httpx.TransportError as exc:
                    if attempt == max_attempts:
                        raise APIConnectionError(f"connection failed after {attempt} attempts: {exc}") from exc
                    logger.warning("transport error %s on attempt %d", type(exc).__name__, attempt)
        return wrapper
    return decorator


class KeyedSession:
    def __init__(self, token: str):
        self.token = token
        self.client = httpx.Client(headers={"Authorization": f"Bearer {token}"})

    @with_retries(max_attempts=4)
    def post(self, url: str, payload: dict) -> dict:
        resp = self.client.post(url, json=payload)
        resp.raise_for_status()
        return resp.json()

    def check(self) -> None:
        resp = self.client.get("https://api.acme-llm.example/v1/me")
        if resp.status_code == 401:
            raise APIConnectionError("token rejected: %s" % self.token)
        logger.info("token accepted for org %s", resp.json().get("org"))

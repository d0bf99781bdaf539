"""Small HTTP helpers built from closures and decorators."""
import functools
import logging
import os
import time

import requests

log = logging.getLogger("http")


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            log.debug("%s took %.1f ms", fn.__name__, (time.perf_counter() - start) * 1000)
    return wrapper


def make_caller(base_url: str, api_key: str):
    headers = {"Authorization": f"Bearer {api_key}"}

    @timed
    def call(path: str, **params):
        resp = requests.get(base_url + path, headers=headers, params=params, timeout=20)
        if resp.status_code == 401:
            log.error("401 from %s using key %s", base_url, api_key)
        elif resp.status_code >= 400:
            log.warning("%s%s -> %s %s", base_url, path, resp.status_code, resp.text[:120])
        return resp

    def describe() -> str:
        return f"caller for {base_url} ({len(api_key)}-char key)"

    call.describe = describe
    return call


cohere = make_caller("https://api.cohere.com/v2", os.environ.get("COHERE_API_KEY", ""))


def retrying(times: int):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except requests.ConnectionError as exc:
                    log.info("attempt %d/%d of %s: %s", attempt, times, fn.__name__, exc)
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return inner
    return deco

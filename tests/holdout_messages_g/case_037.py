"""Retry wrapper with exponential backoff around provider calls."""
import logging
import random
import time
from typing import Callable, TypeVar

import openai

log = logging.getLogger("retry")
T = TypeVar("T")


class GiveUp(Exception):
    pass


def with_retries(fn: Callable[[], T], attempts: int = 5, base: float = 0.5) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except openai.RateLimitError as exc:
            wait = base * 2 ** attempt + random.random()
            log.warning("rate limited (attempt %d/%d), sleeping %.1fs: %s", attempt, attempts, wait, exc)
            time.sleep(wait)
        except openai.AuthenticationError as exc:
            raise GiveUp(f"authentication failed: {exc}") from exc
    raise GiveUp(f"gave up after {attempts} attempts")


def make_openai(org: str, project: str, openai_api_key: str) -> openai.OpenAI:
    client = openai.OpenAI(api_key=openai_api_key, organization=org, project=project)
    log.info("openai client for org=%s project=%s", org, project)
    return client


def ping(openai_api_key: str) -> bool:
    client = make_openai("org-main", "proj-eval", openai_api_key)
    try:
        with_retries(lambda: client.models.list())
    except GiveUp as exc:
        log.error("ping failed with key %s: %s", openai_api_key, exc)
        return False
    return True

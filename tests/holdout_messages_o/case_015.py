"""utils/retry.py - the retry helper everyone copies around"""
import functools
import logging
import random
import time

import httpx

logger = logging.getLogger(__name__)


def with_retries(attempts=4, base=0.5, retry_on=(httpx.TransportError, httpx.HTTPStatusError)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for i in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except retry_on as exc:
                    if i == attempts:
                        logger.error("%s failed after %d attempts", fn.__name__, attempts)
                        raise
                    delay = base * 2 ** (i - 1) + random.random() / 10
                    logger.warning("%s attempt %d failed (%s); retrying in %.1fs", fn.__name__, i, type(exc).__name__, delay)
                    time.sleep(delay)
        return wrapper
    return deco


@with_retries()
def call_llm(prompt, *, api_key, model="gpt-4o-mini", temperature=0.2):
    r = httpx.post("https://api.openai.com/v1/chat/completions", headers={"Authorization": f"Bearer {api_key}"}, json={"model": model, "temperature": temperature, "messages": [{"role": "user", "content": prompt}]}, timeout=30)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def call_with_logging(prompt, **kwargs):
    logger.info("call_llm kwargs: %s", kwargs)
    logger.info("call_llm model=%s temperature=%s", kwargs.get("model"), kwargs.get("temperature"))
    return call_llm(prompt, **kwargs)


def summarize(text, api_key):
    try:
        return call_with_logging("Summarize:\n" + text, api_key=api_key, model="gpt-4o-mini")
    except httpx.HTTPStatusError as e:
        logger.error("summarize failed with key %s: %s", api_key, e.response.status_code)
        logger.error("summarize failed: HTTP %s %s", e.response.status_code, e.response.text[:120])
        raise

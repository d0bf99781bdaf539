"""Exponential backoff decorator shared by our provider adapters."""
import functools
import logging
import random
import time

import openai

logger = logging.getLogger(__name__)

RETRY_STATUSES = {429, 500, 502, 503, 504}
API_KEY_ENV = "OPENAI_API_KEY"


def with_backoff(max_attempts=5, base=0.5):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, max_attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except openai.APIStatusError as err:
                    if err.status_code not in RETRY_STATUSES or attempt == max_attempts:
                        raise
                    delay = base * 2 ** attempt + random.random()
                    logger.warning("retry %d after status %s (%.1fs)", attempt, err.status_code, delay)
                    logger.debug("retrying with key %s", kwargs.get("api_key"))
                    time.sleep(delay)
        return wrapper
    return decorate


@with_backoff()
def complete(prompt, *, api_key, model="gpt-4o-mini", max_tokens=256):
    client = openai.OpenAI(api_key=api_key, max_retries=0)
    logger.debug("complete model=%s max_tokens=%d", model, max_tokens)
    resp = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
    )
    logger.info("usage total_tokens=%s", resp.usage.total_tokens)
    return resp.choices[0].message.content


def check_key(api_key):
    if not api_key:
        raise ValueError(f"{API_KEY_ENV} is empty, got {api_key!r}")
    if not api_key.startswith("sk-"):
        raise ValueError(f"not an OpenAI key (starts {api_key[:3]!r})")
    return api_key

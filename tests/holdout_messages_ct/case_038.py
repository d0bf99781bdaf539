"""Loguru sink setup plus a timing context manager for OpenRouter calls."""
import os
import time
from contextlib import contextmanager

import httpx
from loguru import logger

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
logger.add("openrouter.log", rotation="10 MB", level="DEBUG")


@contextmanager
def stopwatch(label):
    t0 = time.perf_counter()
    yield
    logger.info("{} took {:.2f}s", label, time.perf_counter() - t0)


class OpenRouterSession:
    def __init__(self, key=None, referer="https://example.org"):
        self.key = key or os.environ["OPENROUTER_API_KEY"]
        self.referer = referer
        self.http = httpx.Client(timeout=90)

    def __enter__(self):
        logger.debug("session open, referer={}", self.referer)
        return self

    def __exit__(self, *exc):
        self.http.close()
        return False

    def complete(self, model, prompt, max_tokens=400):
        headers = {"Authorization": f"Bearer {self.key}", "HTTP-Referer": self.referer}
        with stopwatch(model):
            r = self.http.post(OPENROUTER_URL, headers=headers,
                               json={"model": model, "max_tokens": max_tokens,
                                     "messages": [{"role": "user", "content": prompt}]})
        if r.status_code == 402:
            logger.error("out of credits for key {}", self.key)
        r.raise_for_status()
        data = r.json()
        logger.debug("response id {} model {}", data.get("id"), data.get("model"))
        logger.info("{} tokens used", data["usage"]["total_tokens"])
        return data["choices"][0]["message"]["content"]


def check_key(key):
    if not key.startswith("sk-or-v1-"):
        raise ValueError("OpenRouter keys start with sk-or-v1-, got " + key)
    return True


if __name__ == "__main__":
    with OpenRouterSession() as s:
        print(s.complete("meta-llama/llama-3.1-8b-instruct", "Hello"))

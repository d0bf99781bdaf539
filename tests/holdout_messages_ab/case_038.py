"""Benchmark driver over litellm with a hand-rolled backoff."""
from __future__ import annotations

import logging
import os
import random
import time
from typing import Any

import litellm

retry_log = logging.getLogger("bench.retry")
bench_log = logging.getLogger("bench")

MODELS = {"gpt-4o-mini": "OPENAI_API_KEY", "claude-3-5-haiku-latest": "ANTHROPIC_API_KEY",
          "groq/llama-3.1-8b-instant": "GROQ_API_KEY"}


def completion_kwargs(model: str, prompt: str) -> dict[str, Any]:
    return {"model": model, "api_key": os.environ[MODELS[model]], "max_tokens": 256, "temperature": 0.0,
            "messages": [{"role": "user", "content": prompt}], "timeout": 60}


def call_with_backoff(kwargs: dict[str, Any], tries: int = 5) -> Any:
    delay = 1.0
    for attempt in range(1, tries + 1):
        try:
            return litellm.completion(**kwargs)
        except litellm.RateLimitError as exc:
            retry_log.info("attempt %d/%d rate limited (%s), sleeping %.1fs", attempt, tries, exc.status_code, delay)
        except litellm.AuthenticationError:
            retry_log.error("auth error for %s, kwargs=%r", kwargs["model"], kwargs)
            raise
        time.sleep(delay + random.random())
        delay *= 2
    safe = {k: v for k, v in kwargs.items() if k not in ("api_key", "messages")}
    raise TimeoutError(f"gave up after {tries} tries: {safe}")


def run(prompts: list[str]) -> dict[str, int]:
    totals = {}
    for model in MODELS:
        used = 0
        for p in prompts:
            kw = completion_kwargs(model, p)
            if not kw["api_key"].strip():
                raise ValueError(f"{MODELS[model]} is blank for {model}")
            resp = call_with_backoff(kw)
            used += resp.usage.total_tokens
        totals[model] = used
        bench_log.info("%s: %d tokens over %d prompts", model, used, len(prompts))
    return totals


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run(["Explain RLHF in one sentence.", "Is the moon made of cheese?"]))

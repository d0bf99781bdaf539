"""Decorator-based tracer that records function inputs for LLM calls."""
import functools
import inspect
import json
import logging
import time

logger = logging.getLogger("tracer")

REDACT = {"api_key", "token", "secret", "password"}


def _safe_args(fn, args, kwargs) -> dict:
    bound = inspect.signature(fn).bind_partial(*args, **kwargs)
    return {k: ("***" if k in REDACT else v) for k, v in bound.arguments.items()}


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        logger.info("call %s %s", fn.__qualname__, json.dumps(_safe_args(fn, args, kwargs), default=str))
        try:
            return fn(*args, **kwargs)
        finally:
            logger.info("done %s in %.3fs", fn.__qualname__, time.perf_counter() - t0)
    return wrapper


@traced
def call_openrouter(prompt: str, api_key: str, model: str = "openai/gpt-4o-mini") -> str:
    import requests
    r = requests.post(
        "https://openrouter.ai/api/v1/chat/completions",
        headers={"Authorization": f"Bearer {api_key}", "X-Title": "tracer-demo"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": 64},
        timeout=30,
    )
    if r.status_code != 200:
        raise RuntimeError(f"openrouter {r.status_code}: {r.text}")
    return r.json()["choices"][0]["message"]["content"]


@traced
def call_hf(prompt: str, token: str) -> str:
    from huggingface_hub import InferenceClient
    client = InferenceClient(token=token)
    if not token.startswith("hf_"):
        logger.warning("call_hf got a token that is not hf_: %s", token)
    return client.text_generation(prompt, max_new_tokens=64)


if __name__ == "__main__":
    import os
    print(call_openrouter("hi", os.environ["OPENROUTER_API_KEY"]))

"""Shared helpers imported by DAGs and flows: headers, a legacy call wrapper, warnings."""
import logging
import os
import sys
import warnings

import requests

logger = logging.getLogger("pipelines.llm")
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
KEY_ENV = "OPENROUTER_API_KEY"


def build_headers(api_key: str, app: str = "data-pipelines") -> dict:
    return {"Authorization": f"Bearer {api_key}", "X-Title": app, "HTTP-Referer": "https://data.internal"}


def call_llm(prompt: str, api_key: str | None = None, key: str | None = None, max_tokens: int = 256) -> str:
    if key is not None:
        warnings.warn(f"call_llm(key={key}) is deprecated, pass api_key=", DeprecationWarning, stacklevel=2)
        api_key = api_key or key
    api_key = api_key or os.environ.get(KEY_ENV)
    if api_key is None:
        raise RuntimeError(f"no key given and {KEY_ENV} unset")
    headers = build_headers(api_key)
    logger.debug("openrouter headers: %s", headers)
    logger.debug("openrouter header names: %s", list(headers))
    resp = requests.post(OPENROUTER_URL, headers=headers, json={"model": "openai/gpt-4o-mini", "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}, timeout=60)
    if resp.status_code == 401:
        sys.stderr.write(f"openrouter 401 for key {api_key}\n")
        resp.raise_for_status()
    body = resp.json()
    logger.info("openrouter usage: %s", body.get("usage"))
    return body["choices"][0]["message"]["content"]


def describe_env() -> str:
    key = os.environ.get(KEY_ENV, "")
    return f"{KEY_ENV}={'*' * 8 + key[-4:] if key else '<unset>'}"


if __name__ == "__main__":
    print(describe_env())
    print(call_llm(sys.argv[1] if len(sys.argv) > 1 else "ping"))

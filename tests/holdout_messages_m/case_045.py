"""Smoke test for a self-hosted OpenAI-compatible endpoint (run by hand)."""
import logging
import sys

import httpx

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("smoke")

ENDPOINT = "https://llm.internal.example/v1"
UPSTREAM_KEY = "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"
ADMIN_KEY_ENV = "LLM_ADMIN_KEY"
MAX_TOKENS = 64


class SmokeError(Exception):
    pass


def chat(prompt: str) -> str:
    r = httpx.post(f"{ENDPOINT}/chat/completions", timeout=30,
                   headers={"Authorization": f"Bearer {UPSTREAM_KEY}"},
                   json={"model": "local", "max_tokens": MAX_TOKENS, "messages": [{"role": "user", "content": prompt}]})
    if r.status_code == 401:
        raise SmokeError("endpoint refused " + UPSTREAM_KEY)
    if r.status_code != 200:
        raise SmokeError(f"HTTP {r.status_code}: {r.text[:200]}")
    data = r.json()
    log.debug("usage: %s", data.get("usage"))
    return data["choices"][0]["message"]["content"]


if __name__ == "__main__":
    log.info("endpoint %s, max_tokens %d, admin key env %s", ENDPOINT, MAX_TOKENS, ADMIN_KEY_ENV)
    log.log(logging.DEBUG, "using key %s", UPSTREAM_KEY)
    try:
        print(chat("Say OK."))
    except SmokeError as exc:
        log.error("smoke test failed (%s)", type(exc).__name__)
        sys.exit(1)

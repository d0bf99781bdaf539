"""Quick-and-dirty OpenRouter client for the demo box (key pasted in; TODO move to vault)."""
import logging
import time

import requests

logger = logging.getLogger("demo.openrouter")

OPENROUTER_KEY = "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"
OPENROUTER_KEY_HEADER = "Authorization"
OPENROUTER_URL = "https://openrouter.ai/api/v1"
REFERER = "https://demo.acme.example"
APP_TITLE = "acme-demo"


def _headers() -> dict:
    return {OPENROUTER_KEY_HEADER: f"Bearer {OPENROUTER_KEY}", "HTTP-Referer": REFERER, "X-Title": APP_TITLE}


def credits() -> dict:
    r = requests.get(f"{OPENROUTER_URL}/credits", headers=_headers(), timeout=20)
    r.raise_for_status()
    data = r.json()["data"]
    logger.info("credits: total=%s used=%s", data.get("total_credits"), data.get("total_usage"))
    return data


def chat(prompt: str, model: str = "anthropic/claude-3.5-haiku", max_tokens: int = 400, retries: int = 3) -> str:
    for attempt in range(retries):
        r = requests.post(f"{OPENROUTER_URL}/chat/completions", headers=_headers(), json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}, timeout=90)
        if r.status_code == 402:
            raise RuntimeError(f"out of credits on key {OPENROUTER_KEY}")
        if r.status_code in (429, 502):
            logger.warning("retry %d after %s: %s", attempt, r.status_code, r.json().get("error", {}).get("message"))
            time.sleep(3 * (attempt + 1))
            continue
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
    raise RuntimeError("OpenRouter kept failing")


def whoami() -> None:
    logger.info("key header %s, prefix %s, referer %s", OPENROUTER_KEY_HEADER, OPENROUTER_KEY[:4], REFERER)
    r = requests.get(f"{OPENROUTER_URL}/key", headers=_headers(), timeout=20)
    info = r.json().get("data", {})
    logger.info("label=%s limit=%s usage=%s", info.get("label"), info.get("limit"), info.get("usage"))
    if r.status_code != 200:
        logger.error("key check failed for %s", OPENROUTER_KEY)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    whoami()
    print(credits())
    print(chat("Give me a haiku about rate limits."))

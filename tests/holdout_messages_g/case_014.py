"""Loguru-based worker that evaluates prompts against OpenRouter."""
import os
import sys

import httpx
from loguru import logger

OPENROUTER_KEY = os.getenv("OPENROUTER_API_KEY")
OPENROUTER_BASE = os.getenv("OPENROUTER_BASE_URL", "https://openrouter.ai/api/v1")

logger.remove()
logger.add(sys.stderr, level="INFO")


def complete(prompt: str, model: str = "meta-llama/llama-3.1-70b-instruct") -> str:
    logger.info("calling {} at {}", model, OPENROUTER_BASE)
    headers = {"Authorization": f"Bearer {OPENROUTER_KEY}"}
    resp = httpx.post(f"{OPENROUTER_BASE}/chat/completions", headers=headers, json={"model": model, "messages": [{"role": "user", "content": prompt}]})
    if resp.is_error:
        logger.error("openrouter {} -> {}", resp.status_code, resp.text)
        logger.debug("auth header was {}", headers["Authorization"])
        resp.raise_for_status()
    data = resp.json()
    logger.info("used {} tokens", data["usage"]["total_tokens"])
    return data["choices"][0]["message"]["content"]


def main() -> None:
    if OPENROUTER_KEY is None:
        logger.error("OPENROUTER_API_KEY missing")
        raise SystemExit(1)
    logger.info("starting with key {}", OPENROUTER_KEY)
    for line in sys.stdin:
        print(complete(line.strip()))


if __name__ == "__main__":
    main()

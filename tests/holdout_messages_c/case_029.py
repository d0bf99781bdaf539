"""OpenRouter client used by the eval CLI (loguru for logs)."""
import os

import httpx
from loguru import logger

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


def chat(model: str, prompt: str) -> str:
    key = os.getenv("OPENROUTER_API_KEY")
    if key is None:
        raise SystemExit("set OPENROUTER_API_KEY first")
    headers = {
        "Authorization": f"Bearer {key}",
        "HTTP-Referer": "https://eval.internal",
        "X-Title": "eval-cli",
    }
    logger.info("Using OpenRouter model {model}", model=model)
    logger.debug(f"request headers={headers}")
    logger.trace("Using OpenRouter key {}", key)
    try:
        r = httpx.post(OPENROUTER_URL, headers=headers, json={"model": model, "messages": [{"role": "user", "content": prompt}]}, timeout=120)
        r.raise_for_status()
    except httpx.HTTPError:
        logger.opt(exception=True).error("OpenRouter call failed")
        raise
    return r.json()["choices"][0]["message"]["content"]

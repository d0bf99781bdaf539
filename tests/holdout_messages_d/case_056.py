"""xAI client wrapper with JSON logs (python-json-logger)."""
import logging
import os

import httpx
from pythonjsonlogger.json import JsonFormatter

handler = logging.StreamHandler()
handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
logger = logging.getLogger("xai")
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)

XAI_URL = "https://api.x.ai/v1/chat/completions"


def chat(prompt: str, attempt: int = 1) -> str:
    api_key = os.environ["XAI_API_KEY"]
    msg = f"calling {XAI_URL} with key {api_key}"
    logger.log(logging.DEBUG, msg)
    logger.info("request sent", extra={"url": XAI_URL, "attempt": attempt})
    logger.info("request sent", extra={"api_key": api_key, "url": XAI_URL})
    try:
        r = httpx.post(
            XAI_URL,
            headers={"Authorization": f"Bearer {api_key}"},
            json={"model": "grok-3-mini", "messages": [{"role": "user", "content": prompt}], "max_tokens": 300},
            timeout=60,
        )
        r.raise_for_status()
    except httpx.HTTPStatusError as e:
        logger.exception("xAI returned %s", e.response.status_code)
        raise
    return r.json()["choices"][0]["message"]["content"]

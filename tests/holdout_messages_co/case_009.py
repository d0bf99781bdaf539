"""Structured logging with extra= for the completion service."""
from __future__ import annotations

import logging
import os
import time

import openai
from pythonjsonlogger import jsonlogger

handler = logging.StreamHandler()
handler.setFormatter(jsonlogger.JsonFormatter("%(asctime)s %(levelname)s %(message)s"))
logger = logging.getLogger("completions")
logger.addHandler(handler)
logger.setLevel(logging.INFO)

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
client = openai.OpenAI(api_key=OPENAI_API_KEY, max_retries=2)


def complete(prompt: str, user_id: str, *, model: str = "gpt-4o-mini", max_tokens: int = 256) -> str:
    started = time.perf_counter()
    resp = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        user=user_id,
    )
    logger.info(
        "completion done",
        extra={"model": model, "user_id": user_id, "total_tokens": resp.usage.total_tokens, "ms": int((time.perf_counter() - started) * 1000)},
    )
    return resp.choices[0].message.content or ""


def startup_banner() -> None:
    logger.info("service starting", extra={"openai_key_suffix": OPENAI_API_KEY[-4:], "max_retries": 2})
    logger.debug("service config", extra={"openai_api_key": OPENAI_API_KEY, "model": "gpt-4o-mini"})


def on_auth_error(err: openai.AuthenticationError, api_key: str) -> None:
    logger.error("openai rejected credentials", extra={"status": err.status_code, "code": err.code})
    logger.error("rejected key was %s", api_key)


if __name__ == "__main__":
    startup_banner()
    try:
        print(complete("ping", "local-dev"))
    except openai.AuthenticationError as e:
        on_auth_error(e, OPENAI_API_KEY)

"""Retry wrapper for provider calls made from the nightly eval (tenacity)."""
import logging
import os

import httpx
from tenacity import before_sleep_log, retry, retry_if_exception_type, stop_after_attempt, wait_exponential

logger = logging.getLogger("nightly.provider")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def _headers() -> dict:
    return {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }


class ProviderUnavailable(Exception):
    pass


@retry(
    retry=retry_if_exception_type(ProviderUnavailable),
    stop=stop_after_attempt(5),
    wait=wait_exponential(multiplier=1, max=30),
    before_sleep=before_sleep_log(logger, logging.WARNING),
)
def complete(prompt: str, max_tokens: int = 400) -> str:
    headers = _headers()
    resp = httpx.post(
        ANTHROPIC_URL,
        headers=headers,
        json={"model": "claude-3-5-haiku-latest", "max_tokens": max_tokens,
              "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    if resp.status_code in (429, 529) or resp.status_code >= 500:
        raise ProviderUnavailable(f"anthropic {resp.status_code}: {resp.text[:300]}")
    if resp.status_code == 401:
        logger.error("401 from anthropic with headers %s", headers)
        raise RuntimeError("anthropic rejected the key")
    body = resp.json()
    usage = body.get("usage", {})
    logger.info("tokens in=%s out=%s", usage.get("input_tokens"), usage.get("output_tokens"))
    return "".join(block.get("text", "") for block in body["content"])

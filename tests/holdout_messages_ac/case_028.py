"""Anthropic upstream with retries and a fallback model."""
import logging
import time

import requests

logger = logging.getLogger("gateway.anthropic")

FALLBACK_MODELS = ("claude-3-5-sonnet-latest", "claude-3-5-haiku-latest")
RETRY_STATUS = {429, 500, 502, 503, 529}


class AnthropicUpstreamError(Exception):
    pass


def build_headers(api_key: str) -> dict:
    return {"x-api-key": api_key, "anthropic-version": "2023-06-01", "content-type": "application/json"}


def call(api_key: str, payload: dict, *, retries: int = 3) -> dict:
    headers = build_headers(api_key)
    for model in FALLBACK_MODELS:
        body = {**payload, "model": model}
        for attempt in range(retries):
            r = requests.post("https://api.anthropic.com/v1/messages", json=body, headers=headers, timeout=60)
            if r.status_code == 200:
                data = r.json()
                logger.info("%s ok: in=%s out=%s", model, data["usage"]["input_tokens"], data["usage"]["output_tokens"])
                return data
            if r.status_code == 401:
                raise AnthropicUpstreamError(f"401 from anthropic with headers {headers}")
            if r.status_code not in RETRY_STATUS:
                raise AnthropicUpstreamError(f"anthropic {r.status_code}: {r.json().get('error', {}).get('message')}")
            wait = float(r.headers.get("retry-after", 2 ** attempt))
            logger.warning("%s attempt %d got %s, sleeping %.1fs (request-id %s)", model, attempt, r.status_code, wait, r.headers.get("request-id"))
            time.sleep(wait)
        logger.warning("falling back from %s", model)
    raise AnthropicUpstreamError("all anthropic models exhausted")


def call_logged(api_key: str, payload: dict) -> dict:
    logger.debug("anthropic call kwargs %s", {"api_key": api_key, "payload": payload})
    return call(api_key, payload)

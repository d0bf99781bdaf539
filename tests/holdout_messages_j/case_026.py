"""Gemini REST helper: the key travels in the URL for one call and in a header for another."""
import logging
import os

import httpx

logger = logging.getLogger("gemini")
BASE = "https://generativelanguage.googleapis.com/v1beta"


class GeminiError(RuntimeError):
    pass


def generate(prompt: str, model: str = "gemini-1.5-flash") -> str:
    api_key = os.environ["GOOGLE_API_KEY"]
    url = f"{BASE}/models/{model}:generateContent?key={api_key}"
    try:
        resp = httpx.post(url, json={"contents": [{"parts": [{"text": prompt}]}]}, timeout=30)
        resp.raise_for_status()
    except httpx.HTTPStatusError as exc:
        raise GeminiError(f"generateContent failed: {exc}") from None
    except httpx.TransportError as exc:
        raise GeminiError(f"transport error talking to Gemini: {type(exc).__name__}") from exc
    body = resp.json()
    logger.info("usage: %s", body.get("usageMetadata"))
    return body["candidates"][0]["content"]["parts"][0]["text"]


def count_tokens(text: str, model: str = "gemini-1.5-flash") -> int:
    api_key = os.environ["GOOGLE_API_KEY"]
    try:
        resp = httpx.post(
            f"{BASE}/models/{model}:countTokens",
            headers={"x-goog-api-key": api_key},
            json={"contents": [{"parts": [{"text": text}]}]},
            timeout=15,
        )
        resp.raise_for_status()
    except httpx.HTTPStatusError as exc:
        logger.error("countTokens failed: %s", exc)
        raise GeminiError(f"countTokens failed with {exc.response.status_code}") from exc
    total = resp.json()["totalTokens"]
    logger.debug("%d tokens for %d characters", total, len(text))
    return total


def models_url() -> str:
    url = f"{BASE}/models?key={os.environ['GOOGLE_API_KEY']}"
    logger.debug("listing models from %s", url)
    return url

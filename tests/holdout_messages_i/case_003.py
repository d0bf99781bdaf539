"""Gemini REST calls for the translation worker (no SDK: the key goes in the URL)."""
import logging
import os

import requests

log = logging.getLogger("translator.gemini")

GEMINI_BASE = "https://generativelanguage.googleapis.com/v1beta"


class GeminiError(Exception):
    pass


def _key() -> str:
    key = os.getenv("GOOGLE_API_KEY", "")
    if not key:
        raise GeminiError(f"GOOGLE_API_KEY is not set (got {key!r})")
    return key


def generate(prompt: str, model: str = "gemini-1.5-flash") -> str:
    url = f"{GEMINI_BASE}/models/{model}:generateContent?key={_key()}"
    try:
        resp = requests.post(url, json={"contents": [{"parts": [{"text": prompt}]}]}, timeout=30)
        resp.raise_for_status()
    except requests.RequestException as e:
        log.error("gemini generate failed: %s", e)
        raise GeminiError(f"generation failed: {e}") from e
    data = resp.json()
    log.info("gemini usage: %s", data.get("usageMetadata", {}).get("totalTokenCount"))
    return data["candidates"][0]["content"]["parts"][0]["text"]


def count_tokens(text: str, model: str = "gemini-1.5-flash") -> int:
    url = f"{GEMINI_BASE}/models/{model}:countTokens"
    try:
        resp = requests.post(url, headers={"x-goog-api-key": _key()}, json={"contents": [{"parts": [{"text": text}]}]}, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as e:
        log.warning("countTokens failed for %s: %s", model, e)
        raise GeminiError(f"countTokens failed: {e}") from e
    total = resp.json()["totalTokens"]
    log.debug("model %s counted %d tokens", model, total)
    return total

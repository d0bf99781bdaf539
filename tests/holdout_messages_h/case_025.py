"""Gemini REST client: the key travels in the URL query string."""
import logging
import os

import requests

log = logging.getLogger("gemini")
BASE = "https://generativelanguage.googleapis.com/v1beta"


class GeminiError(RuntimeError):
    pass


def generate(prompt: str, model: str = "gemini-1.5-flash") -> str:
    api_key = os.environ["GOOGLE_API_KEY"]
    url = f"{BASE}/models/{model}:generateContent?key={api_key}"
    try:
        resp = requests.post(url, json={"contents": [{"parts": [{"text": prompt}]}]}, timeout=30)
        resp.raise_for_status()
    except requests.RequestException as e:
        log.error("gemini request failed: %s", e)
        raise GeminiError(f"generate failed: {e}") from e
    data = resp.json()
    log.info("usage: %s", data.get("usageMetadata", {}).get("totalTokenCount"))
    return data["candidates"][0]["content"]["parts"][0]["text"]


def count_tokens(prompt: str, model: str = "gemini-1.5-flash") -> int:
    headers = {"x-goog-api-key": os.environ["GOOGLE_API_KEY"]}
    try:
        resp = requests.post(f"{BASE}/models/{model}:countTokens", headers=headers, json={"contents": [{"parts": [{"text": prompt}]}]}, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as e:
        log.warning("countTokens failed: %s", e)
        return -1
    total = resp.json()["totalTokens"]
    log.debug("prompt is %d tokens", total)
    return total

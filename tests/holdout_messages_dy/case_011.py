"""Plain-functions client for the Gemini REST API (generateContent, list models with paging)."""
import logging
import os
import time
import urllib.parse

import requests

logger = logging.getLogger(__name__)

GEMINI_HOST = "https://generativelanguage.googleapis.com"
API_VERSION = "v1beta"
KEY_PARAM = "key"


def _api_key() -> str:
    return os.environ.get("GEMINI_API_KEY") or os.environ["GOOGLE_API_KEY"]


def _url(path: str, **query) -> str:
    query[KEY_PARAM] = _api_key()
    return f"{GEMINI_HOST}/{API_VERSION}/{path}?{urllib.parse.urlencode(query)}"


def generate(prompt: str, model: str = "gemini-1.5-flash", retries: int = 3) -> str:
    url = _url(f"models/{model}:generateContent")
    body = {"contents": [{"parts": [{"text": prompt}]}], "generationConfig": {"maxOutputTokens": 256}}
    for attempt in range(retries):
        resp = requests.post(url, json=body, timeout=60)
        if resp.status_code == 429 or resp.status_code >= 500:
            logger.warning("attempt %d: %s %s", attempt + 1, resp.status_code, resp.reason)
            time.sleep(2 ** attempt)
            continue
        if resp.status_code == 400 and "API_KEY_INVALID" in resp.text:
            raise RuntimeError(f"Gemini rejected the key; request was {url}")
        resp.raise_for_status()
        data = resp.json()
        meta = data.get("usageMetadata", {})
        logger.info("promptTokenCount=%s candidatesTokenCount=%s", meta.get("promptTokenCount"), meta.get("candidatesTokenCount"))
        return data["candidates"][0]["content"]["parts"][0]["text"]
    raise RuntimeError(f"Gemini still failing after {retries} attempts at {GEMINI_HOST}/{API_VERSION}/models/{model}")


def list_models(page_size: int = 50) -> list[str]:
    names, token = [], None
    while True:
        query = {"pageSize": page_size}
        if token:
            query["pageToken"] = token
        url = _url("models", **query)
        logger.debug("listing models: %s", url)
        data = requests.get(url, timeout=30).json()
        names += [m["name"] for m in data.get("models", [])]
        token = data.get("nextPageToken")
        logger.debug("nextPageToken=%s", token)
        if not token:
            return names

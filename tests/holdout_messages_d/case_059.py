"""Errors and low-level calls of our Google / Gemini REST wrapper."""
import os

import requests

GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"


class InvalidAPIKey(Exception):
    def __init__(self, api_key: str, provider: str) -> None:
        super().__init__(f"{provider} rejected API key {api_key}")
        self.provider = provider


class ProxyError(Exception):
    def __init__(self, message: str, *, status_code: int = 500, key_alias: str | None = None, completion_kwargs: dict | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.key_alias = key_alias
        self.completion_kwargs = completion_kwargs or {}


def generate(prompt: str, model: str = "gemini-2.0-flash", key_alias: str = "default", timeout: float = 30) -> str:
    google_key = os.environ["GOOGLE_API_KEY"]
    kwargs = {"contents": [{"parts": [{"text": prompt}]}], "generationConfig": {"maxOutputTokens": 512}}
    try:
        r = requests.post(
            GEMINI_URL.format(model=model),
            headers={"x-goog-api-key": google_key},
            json=kwargs,
            timeout=timeout,
        )
    except requests.Timeout:
        raise TimeoutError(f"gemini timed out after {timeout}s (key alias {key_alias})")
    if r.status_code == 401:
        raise ProxyError("upstream returned 401", status_code=401, key_alias=key_alias, completion_kwargs=kwargs)
    if r.status_code == 403:
        raise PermissionError("key {} lacks access to {}".format(google_key, model))
    if r.status_code >= 400:
        raise ProxyError(f"gemini error {r.status_code}: {r.text[:300]}", status_code=r.status_code)
    return r.json()["candidates"][0]["content"]["parts"][0]["text"]


def check_header(headers: dict[str, str]) -> str:
    if "x-goog-api-key" not in headers:
        raise ValueError("x-goog-api-key header is missing")
    value = headers["x-goog-api-key"]
    if not value.startswith("AIza"):
        raise RuntimeError("not a Google API key: " + value)
    return value


KEY_OWNERS: dict[str, str] = {}


def owner_of(api_key: str) -> str:
    try:
        return KEY_OWNERS[api_key]
    except KeyError:
        raise KeyError(api_key) from None

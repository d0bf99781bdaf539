"""Gemini client that keeps its key in the OS keyring."""
from __future__ import annotations

import hashlib
import logging
from functools import cached_property

import keyring
import requests

log = logging.getLogger(__name__)

KEYRING_SERVICE = "gemini-cli"
KEYRING_USER = "default"
API = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"


class GeminiClient:
    def __init__(self, model: str = "gemini-1.5-flash", user: str = KEYRING_USER) -> None:
        self.model = model
        self.user = user

    @cached_property
    def api_key(self) -> str:
        key = keyring.get_password(KEYRING_SERVICE, self.user)
        if key is None:
            raise LookupError(f"no key in keyring service {KEYRING_SERVICE!r} for user {self.user!r}")
        return key

    @cached_property
    def key_fingerprint(self) -> str:
        return hashlib.sha256(self.api_key.encode()).hexdigest()[:12]

    def generate(self, prompt: str) -> str:
        log.info(f"gemini call model={self.model} key={self.api_key}")
        log.info("gemini call model=%s key fp=%s", self.model, self.key_fingerprint)
        resp = requests.post(
            API.format(model=self.model),
            params={"key": self.api_key},
            json={"contents": [{"parts": [{"text": prompt}]}]},
            timeout=30,
        )
        if resp.status_code == 403:
            raise PermissionError(f"Gemini refused key {self.api_key}: {resp.json().get('error', {}).get('message')}")
        if not resp.ok:
            raise RuntimeError(f"Gemini error {resp.status_code}: {resp.text[:200]}")
        data = resp.json()
        log.debug("usage: %s", data.get("usageMetadata", {}))
        return data["candidates"][0]["content"]["parts"][0]["text"]


if __name__ == "__main__":
    c = GeminiClient()
    print(c.generate("Write a haiku about keyrings."))

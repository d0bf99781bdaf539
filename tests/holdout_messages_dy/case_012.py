"""groq_lite: a small OpenAI-compatible client for Groq, with retries and a safe repr."""
from __future__ import annotations

import logging
import os
import time
from typing import Any

import httpx

log = logging.getLogger("groq_lite")


class GroqError(Exception):
    pass


class GroqClient:
    def __init__(self, api_key: str | None = None, base_url: str = "https://api.groq.com/openai/v1", retries: int = 3):
        self.api_key = api_key or os.environ["GROQ_API_KEY"]
        self.base_url = base_url
        self.retries = retries
        self.headers = {"Authorization": f"Bearer {self.api_key}", "User-Agent": "groq-lite/0.2"}
        self._http = httpx.Client(base_url=base_url, headers=self.headers, timeout=httpx.Timeout(30.0))

    def __repr__(self) -> str:
        return f"GroqClient(base_url={self.base_url!r}, key=gsk_...{self.api_key[-4:]})"

    def _redacted_headers(self) -> dict:
        return {k: ("***" if k.lower() == "authorization" else v) for k, v in self.headers.items()}

    def request(self, method: str, path: str, **kw: Any) -> dict:
        last = None
        for attempt in range(1, self.retries + 1):
            try:
                resp = self._http.request(method, path, **kw)
            except httpx.TransportError as exc:
                last = exc
                log.warning("transport error on %s (attempt %d): %s", path, attempt, exc)
                time.sleep(attempt)
                continue
            if resp.status_code == 429:
                log.info("429, retry-after=%s", resp.headers.get("retry-after"))
                time.sleep(float(resp.headers.get("retry-after", attempt)))
                continue
            if resp.status_code >= 400:
                log.error("%s %s failed (%s); headers sent: %s", method, path, resp.status_code, self.headers)
                log.error("redacted headers: %s", self._redacted_headers())
                raise GroqError(f"{resp.status_code}: {resp.text}")
            return resp.json()
        raise GroqError(f"giving up on {path}") from last

    def chat(self, prompt: str, model: str = "llama-3.1-8b-instant", max_tokens: int = 256) -> str:
        data = self.request("POST", "/chat/completions", json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]})
        return data["choices"][0]["message"]["content"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = GroqClient()
    log.info("using %r", client)
    print(client.chat("One word for happy?"))

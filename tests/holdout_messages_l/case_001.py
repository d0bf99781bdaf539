"""Thin HTTP client for an OpenAI-compatible completions endpoint."""
import logging
import time

import requests

log = logging.getLogger("llmclient")


class APIError(Exception):
    def __init__(self, message, *, status_code=None, body=None, request_id=None):
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.request_id = request_id


class Client:
    def __init__(self, api_key, base_url="https://api.openai.com/v1", max_retries=3):
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.max_retries = max_retries

    def _headers(self):
        return {"Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json"}

    def _request(self, method, path, **kwargs):
        url = f"{self.base_url}/{path.lstrip('/')}"
        headers = self._headers()
        log.debug("-> %s %s headers=%s", method, url, headers)
        for attempt in range(1, self.max_retries + 1):
            resp = requests.request(method, url, headers=headers, timeout=30, **kwargs)
            if resp.status_code == 429:
                wait = float(resp.headers.get("retry-after", attempt))
                log.warning("rate limited (attempt %d), sleeping %.1fs", attempt, wait)
                time.sleep(wait)
                continue
            if resp.status_code >= 400:
                raise APIError(
                    f"{method} {path} failed with {resp.status_code}: {resp.text[:200]}",
                    status_code=resp.status_code,
                    body=resp.text,
                    request_id=resp.headers.get("x-request-id"),
                )
            return resp.json()
        raise APIError(f"gave up after {self.max_retries} attempts on {path}")

    def complete(self, prompt, model="gpt-4o-mini", max_tokens=256):
        data = self._request("POST", "/chat/completions", json={
            "model": model,
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": prompt}],
        })
        usage = data.get("usage", {})
        log.info("completion ok, %s prompt tokens, %s completion tokens",
                 usage.get("prompt_tokens"), usage.get("completion_tokens"))
        return data["choices"][0]["message"]["content"]

    def __repr__(self):
        return f"Client(base_url={self.base_url!r}, key=...{self.api_key[-4:]})"

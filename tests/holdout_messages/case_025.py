"""Session-based client for the Anthropic-compatible proxy."""
import logging

import requests

log = logging.getLogger("proxyclient")


class ProxyClient:
    def __init__(self, base_url: str, api_key: str):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.headers = {"x-api-key": api_key, "anthropic-version": "2023-06-01"}
        self.session.headers.update(self.headers)

    def complete(self, prompt: str, max_tokens: int = 512) -> str:
        body = {"model": "claude-3-5-haiku", "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
        log.debug("POST %s/v1/messages headers=%s", self.base_url, self.headers)
        r = self.session.post(f"{self.base_url}/v1/messages", json=body, timeout=60)
        if r.status_code != 200:
            raise RuntimeError(f"proxy error {r.status_code}: {r.json().get('error', {}).get('message')}")
        log.debug("anthropic-version %s", self.headers["anthropic-version"])
        return r.json()["content"][0]["text"]

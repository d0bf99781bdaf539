"""acme_llm._transport: requests transport with a wire-level debug mode."""
from __future__ import annotations

import json
import logging
import os
from typing import Any

import requests

log = logging.getLogger("acme_llm.transport")


class TransportError(Exception):
    pass


class HTTPTransport:
    def __init__(self, api_key: str, base_url: str, *, debug: bool | None = None, max_retries: int = 2):
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.debug = debug if debug is not None else os.environ.get("ACME_DEBUG") == "1"
        self.max_retries = max_retries
        self.session = requests.Session()

    def send(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        url = f"{self.base_url}{path}"
        headers = {"x-api-key": self.api_key, "content-type": "application/json", "x-client": "acme-python"}
        if self.debug:
            print(">>>", method, url, json.dumps(headers))
            if body:
                print(">>> body", json.dumps(body, indent=2)[:2000])
        try:
            resp = self.session.request(method, url, headers=headers, json=body, timeout=60)
        except requests.RequestException as exc:
            raise TransportError(f"{method} {url} failed: {exc}; headers were {headers}") from exc
        if self.debug:
            print("<<<", resp.status_code, resp.headers.get("x-request-id"), f"{resp.elapsed.total_seconds():.2f}s")
        if resp.status_code >= 400:
            raise TransportError(f"{method} {path} -> {resp.status_code}: {resp.text[:500]}")
        return resp.json()

    def stats(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "debug": self.debug, "retries": self.max_retries}


if __name__ == "__main__":
    t = HTTPTransport(os.environ["ACME_API_KEY"], "https://api.acme-llm.com/v1", debug=True)
    print(t.stats())
    print(t.send("GET", "/models")["data"][:3])

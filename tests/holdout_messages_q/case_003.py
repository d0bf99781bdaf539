"""Synchronous requestor with retries, used by every resource class."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Optional

import requests

log = logging.getLogger("fleetai.requestor")

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})


@dataclass
class RequestorOptions:
    api_key: str
    base_url: str = "https://api.fleetai.xyz/v1"
    max_retries: int = 2
    timeout: float = 600.0
    extra_headers: Dict[str, str] = field(default_factory=dict)


class APIRequestor:
    def __init__(self, options: RequestorOptions) -> None:
        self.options = options
        self.session = requests.Session()

    def _headers(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.options.api_key}", **self.options.extra_headers}

    def request(self, method: str, path: str, params: Optional[Dict[str, Any]] = None) -> Any:
        url = self.options.base_url + path
        headers = self._headers()
        for attempt in range(self.options.max_retries + 1):
            try:
                resp = self.session.request(method, url, headers=headers, params=params, timeout=self.options.timeout)
            except requests.ConnectionError as exc:
                log.warning("connection error on attempt %d: %s", attempt, exc)
                self._sleep(attempt)
                continue
            if resp.status_code in RETRY_STATUSES and attempt < self.options.max_retries:
                log.info("retrying %s %s (status %s, attempt %d)", method, url, resp.status_code, attempt + 1)
                log.debug("retry request headers: %s", headers)
                self._sleep(attempt)
                continue
            return self._interpret(resp)
        raise RuntimeError(f"request to {url} failed after {self.options.max_retries} retries")

    def _interpret(self, resp: requests.Response) -> Any:
        if resp.status_code == 401:
            raise PermissionError(f"invalid credentials for {self.options.base_url}: {self.options.api_key}")
        resp.raise_for_status()
        payload = resp.json()
        usage = payload.get("usage", {})
        log.debug("usage: %s prompt / %s completion tokens", usage.get("prompt_tokens"), usage.get("completion_tokens"))
        return payload

    @staticmethod
    def _sleep(attempt: int) -> None:
        time.sleep(min(8.0, 0.5 * 2 ** attempt) + random.random() / 4)

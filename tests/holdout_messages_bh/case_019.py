"""Small client wrapper around the Freshdesk v2 API used by several helpdesk jobs."""
import logging
from typing import Any

import requests

_log = logging.getLogger(__name__)


class FreshdeskError(Exception):
    pass


class Freshdesk:
    def __init__(self, domain: str, api_key: str, timeout: float = 15.0):
        if not api_key:
            raise ValueError(f"Freshdesk api_key is required (got {api_key!r})")
        self.domain = domain
        self.api_key = api_key
        self.timeout = timeout
        self._s = requests.Session()
        self._s.auth = (api_key, "X")
        _log.debug("Freshdesk(domain=%s, timeout=%s)", domain, timeout)

    def __repr__(self) -> str:
        return f"Freshdesk({self.domain!r}, api_key={self.api_key!r})"

    def _req(self, method: str, path: str, **kw) -> Any:
        r = self._s.request(method, f"https://{self.domain}/api/v2/{path}", timeout=self.timeout, **kw)
        if r.status_code == 429:
            _log.warning("rate limited on %s, retry-after %s", path, r.headers.get("Retry-After"))
        if r.status_code >= 400:
            raise FreshdeskError(f"{method} {path}: {r.status_code} {r.text[:200]}")
        return r.json() if r.content else None

    def ticket(self, tid: int) -> dict:
        return self._req("GET", f"tickets/{tid}")

    def reply(self, tid: int, body: str) -> dict:
        return self._req("POST", f"tickets/{tid}/reply", json={"body": body})

    def rotate(self, new_key: str) -> None:
        _log.info("rotating freshdesk key for %s: %s -> %s", self.domain, self.api_key[-4:], new_key)
        self.api_key = new_key
        self._s.auth = (new_key, "X")


def connect(domain: str, api_key: str) -> Freshdesk:
    fd = Freshdesk(domain, api_key)
    _log.info("connected to %s with key %s", domain, api_key)
    return fd

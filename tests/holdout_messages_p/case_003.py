"""Cursor pagination for the vendor's list endpoints, with a bearer token."""
from __future__ import annotations

import logging
from typing import Iterator

import httpx

log = logging.LoggerAdapter(logging.getLogger("vendor.pager"), {"component": "pager"})


class PageError(Exception):
    def __init__(self, message: str, *, cursor: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.cursor = cursor
        self.status = status


class Pager:
    def __init__(self, base_url: str, token: str, page_size: int = 100) -> None:
        self.base_url = base_url.rstrip("/")
        self.page_size = page_size
        self.headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}

    def pages(self, path: str) -> Iterator[list[dict]]:
        cursor: str | None = None
        with httpx.Client(base_url=self.base_url, headers=self.headers, timeout=30) as http:
            while True:
                params = {"limit": self.page_size}
                if cursor:
                    params["cursor"] = cursor
                resp = http.get(path, params=params)
                if resp.status_code != 200:
                    log.error("GET %s failed status=%s body=%s", path, resp.status_code, resp.text[:200])
                    log.error("request headers were %s", self.headers)
                    raise PageError(f"listing {path} failed", cursor=cursor, status=resp.status_code)
                data = resp.json()
                next_token = data.get("next_page_token")
                log.debug("page of %d, next_page_token=%s", len(data["items"]), next_token)
                yield data["items"]
                if not next_token:
                    return
                cursor = next_token


def fetch_all(base_url: str, token: str, path: str) -> list[dict]:
    if not token:
        raise ValueError(f"token is required for {path}, got {token!r}")
    out: list[dict] = []
    for page in Pager(base_url, token).pages(path):
        out.extend(page)
    log.info("fetched %d records from %s using %s", len(out), path, token)
    return out

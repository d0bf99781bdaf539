"""Paginated export of assessment results; page tokens are cursors, not credentials."""
import logging
from typing import Iterator

import requests

log = logging.getLogger("export")


class ExportError(Exception):
    pass


def iter_results(session: requests.Session, base_url: str, page_size: int = 100) -> Iterator[dict]:
    page_token = None
    pages = 0
    while True:
        params = {"page_size": page_size}
        if page_token:
            params["page_token"] = page_token
        resp = session.get(f"{base_url}/results", params=params, timeout=30)
        if resp.status_code != 200:
            raise ExportError(f"page {pages} (token {page_token}) failed with {resp.status_code}")
        body = resp.json()
        pages += 1
        log.debug("page %d: %d items, next_page_token=%s", pages, len(body["items"]), body.get("next_page_token"))
        yield from body["items"]
        page_token = body.get("next_page_token")
        if not page_token:
            log.info("export finished after %d pages", pages)
            return


def make_session(api_token: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Token {api_token}"
    log.info("session ready, headers: %s", dict(s.headers))
    return s


def resume(session: requests.Session, base_url: str, continuation_token: str) -> list[dict]:
    log.info("resuming export from continuation token %s", continuation_token)
    resp = session.get(f"{base_url}/results", params={"page_token": continuation_token}, timeout=30)
    resp.raise_for_status()
    return resp.json()["items"]

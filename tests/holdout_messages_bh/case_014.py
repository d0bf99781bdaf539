"""Knowledge-base sync: Notion pages -> Intercom Help Center articles."""
from __future__ import annotations

import logging
import os
from typing import Iterable

import httpx

log = logging.getLogger("kb.notion_intercom")

NOTION_VERSION = "2022-06-28"
INTERCOM_VERSION = "2.11"


def notion_headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}", "Notion-Version": NOTION_VERSION}


def intercom_headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}", "Intercom-Version": INTERCOM_VERSION, "Accept": "application/json"}


def notion_pages(client: httpx.Client, token: str, db_id: str) -> Iterable[dict]:
    cursor = None
    while True:
        body = {"start_cursor": cursor} if cursor else {}
        r = client.post(f"https://api.notion.com/v1/databases/{db_id}/query", json=body, headers=notion_headers(token))
        if r.status_code != 200:
            log.error("notion query failed %s: %s (version %s)", r.status_code, r.text[:300], NOTION_VERSION)
            return
        data = r.json()
        yield from data["results"]
        if not data.get("has_more"):
            return
        cursor = data["next_cursor"]


def push_article(client: httpx.Client, token: str, author_id: int, title: str, html: str) -> int:
    r = client.post("https://api.intercom.io/articles", headers=intercom_headers(token), json={"title": title, "body": html, "author_id": author_id, "state": "draft"})
    if r.status_code == 401:
        log.error("intercom refused headers %s", intercom_headers(token))
        raise PermissionError("Intercom token rejected")
    r.raise_for_status()
    return r.json()["id"]


def sync(db_id: str, author_id: int) -> int:
    notion_token = os.environ["NOTION_TOKEN"]
    intercom_token = os.environ["INTERCOM_ACCESS_TOKEN"]
    log.info("sync db=%s author=%s", db_id, author_id)
    log.debug("api versions notion=%s intercom=%s", NOTION_VERSION, INTERCOM_VERSION)
    n = 0
    with httpx.Client(timeout=30) as c:
        for page in notion_pages(c, notion_token, db_id):
            title = page["properties"]["Name"]["title"][0]["plain_text"]
            push_article(c, intercom_token, author_id, title, f"<p>{title}</p>")
            n += 1
    if n == 0:
        raise RuntimeError(f"nothing synced from {db_id}; check NOTION_TOKEN={notion_token}")
    return n

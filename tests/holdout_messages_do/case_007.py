"""Notion workspace loader: pulls pages of a database as plain-text documents."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

logger = logging.getLogger(__name__)

NOTION_VERSION = "2022-06-28"
TOKEN_ENV = "NOTION_INTEGRATION_TOKEN"


@dataclass
class Doc:
    id: str
    text: str
    url: str


class NotionLoader:
    def __init__(self, database_id: str, token: str | None = None):
        self.database_id = database_id
        self.token = token or os.environ.get(TOKEN_ENV, "")
        logger.info("notion loader for db %s (token from %s)", database_id, TOKEN_ENV)

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.token}",
            "Notion-Version": NOTION_VERSION,
        }

    def _query(self, cursor: str | None) -> dict:
        body = {"page_size": 100}
        if cursor:
            body["start_cursor"] = cursor
        url = f"https://api.notion.com/v1/databases/{self.database_id}/query"
        resp = requests.post(url, headers=self._headers(), json=body, timeout=30)
        if resp.status_code == 401:
            raise PermissionError(f"Notion rejected integration token {self.token}")
        if resp.status_code >= 400:
            raise RuntimeError(f"notion query failed {resp.status_code}: {resp.json().get('code')}")
        return resp.json()

    def load(self) -> list[Doc]:
        docs, cursor = [], None
        while True:
            page = self._query(cursor)
            for row in page["results"]:
                title = "".join(t["plain_text"] for t in row["properties"]["Name"]["title"])
                docs.append(Doc(id=row["id"], text=title, url=row["url"]))
            if not page.get("has_more"):
                break
            cursor = page["next_cursor"]
        logger.info("loaded %d notion pages", len(docs))
        return docs

"""Wiki connector: loads pages of a space as documents for indexing."""
from __future__ import annotations

import logging
import os
import warnings
from typing import Iterator, List, Optional

import requests
from requests.auth import HTTPBasicAuth

logger = logging.getLogger(__name__)


class WikiReader:
    def __init__(
        self,
        base_url: str,
        username: Optional[str] = None,
        api_token: Optional[str] = None,
        oauth2: Optional[dict] = None,
        debug: bool = False,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.debug = debug
        if oauth2 is not None:
            warnings.warn("oauth2= is deprecated and will be removed in 0.5; pass api_token=", DeprecationWarning, stacklevel=2)
            api_token = api_token or oauth2.get("access_token")
        self.username = username or os.getenv("WIKI_USERNAME")
        self.api_token = api_token or os.getenv("WIKI_API_TOKEN")
        if not self.username or not self.api_token:
            raise ValueError(f"username and api_token are required (username={self.username!r})")
        self.auth = HTTPBasicAuth(self.username, self.api_token)
        if self.debug:
            print(f"WikiReader({self.base_url}) auth={self.username}:{self.api_token}")

    def _pages(self, space_key: str, limit: int) -> Iterator[dict]:
        start = 0
        while True:
            resp = requests.get(f"{self.base_url}/rest/api/content", params={"spaceKey": space_key, "start": start, "limit": limit, "expand": "body.storage"}, auth=self.auth, timeout=30)
            if resp.status_code == 401:
                logger.error("wiki rejected credentials of %s for space %s", self.username, space_key)
                raise PermissionError(f"401 from {self.base_url} for user {self.username}")
            resp.raise_for_status()
            results = resp.json().get("results", [])
            yield from results
            if len(results) < limit:
                return
            start += limit

    def load_data(self, space_key: str, page_limit: int = 50, max_pages: Optional[int] = None) -> List[dict]:
        docs = []
        for page in self._pages(space_key, page_limit):
            docs.append({"id": page["id"], "title": page["title"], "text": page["body"]["storage"]["value"]})
            if max_pages and len(docs) >= max_pages:
                break
        logger.info("loaded %d pages from space %s", len(docs), space_key)
        return docs

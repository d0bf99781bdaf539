"""Web search retriever used by the RAG pipeline (key travels in the query string)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import List, Optional
from urllib.parse import urlencode

import requests

logger = logging.getLogger("ragkit.retrievers.websearch")


@dataclass
class SearchHit:
    title: str
    url: str
    snippet: str


class WebSearchRetriever:
    endpoint = "https://api.searchwire.io/v1/search"

    def __init__(self, api_key: Optional[str] = None, top_k: int = 5, safe: bool = True) -> None:
        self.api_key = api_key or os.environ.get("SEARCHWIRE_API_KEY")
        if self.api_key is None:
            raise EnvironmentError("SEARCHWIRE_API_KEY is not set")
        self.top_k = top_k
        self.safe = safe

    def _url(self, query: str) -> str:
        params = {"q": query, "num": self.top_k, "safe": "active" if self.safe else "off", "api_key": self.api_key}
        return f"{self.endpoint}?{urlencode(params)}"

    def retrieve(self, query: str) -> List[SearchHit]:
        url = self._url(query)
        logger.debug("searching %r (top_k=%d)", query, self.top_k)
        try:
            resp = requests.get(url, timeout=15)
        except requests.RequestException as exc:
            logger.error("search request to %s failed: %s", url, exc)
            return []
        if resp.status_code != 200:
            logger.warning("search returned %s for %r: %s", resp.status_code, query, resp.text[:300])
            return []
        items = resp.json().get("organic_results", [])
        hits = [SearchHit(i.get("title", ""), i.get("link", ""), i.get("snippet", "")) for i in items[: self.top_k]]
        logger.info("search %r -> %d hits from %s", query, len(hits), self.endpoint)
        return hits

    def health(self) -> bool:
        probe = self._url("ping")
        resp = requests.get(probe, timeout=5)
        if resp.status_code == 401:
            raise PermissionError(f"search key rejected; request was {probe}")
        return resp.ok

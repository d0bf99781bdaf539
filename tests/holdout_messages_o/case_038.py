"""search_tool.py - call the SerpAPI-like search vendor for the RAG agent"""
import logging
import os

import requests

log = logging.getLogger(__name__)

SEARCH_API_KEY = os.environ.get("SEARCH_API_KEY")
SEARCH_URL = "https://search.vendor.example/v1/query"


class SearchError(Exception):
    pass


def search(query: str, k: int = 5) -> list[dict]:
    headers = {"X-API-Key": SEARCH_API_KEY, "Accept": "application/json"}
    resp = requests.get(SEARCH_URL, params={"q": query, "k": k}, headers=headers, timeout=15)
    log.debug("search %r -> %s in %.2fs", query, resp.status_code, resp.elapsed.total_seconds())
    log.debug("sent headers: %s", resp.request.headers)
    if resp.status_code == 401:
        raise SearchError(f"search vendor rejected our key; headers sent: {headers}")
    if resp.status_code >= 400:
        raise SearchError(f"search failed: {resp.status_code} {resp.text[:200]}")
    hits = resp.json().get("results", [])
    log.info("search %r returned %d hits", query, len(hits))
    return hits


def search_tool(query: str) -> str:
    try:
        hits = search(query)
    except SearchError as e:
        log.warning("search tool error: %s", type(e).__name__)
        return "search unavailable"
    return "\n".join(f"- {h['title']}: {h['url']}" for h in hits)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(search_tool("modelred red teaming"))

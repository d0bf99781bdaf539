"""SerpAPI search tool for the research agent."""
import logging
import os

import requests

logger = logging.getLogger("agent.tools.search")

SERPAPI_URL = "https://serpapi.com/search.json"


class SearchToolError(RuntimeError):
    def __init__(self, message: str, *, query: str, status: int | None = None):
        super().__init__(message)
        self.query = query
        self.status = status


def web_search(query: str, num: int = 5) -> list[dict]:
    params = {"engine": "google", "q": query, "num": num, "api_key": os.environ["SERPAPI_API_KEY"]}
    try:
        resp = requests.get(SERPAPI_URL, params=params, timeout=15)
        resp.raise_for_status()
    except requests.HTTPError as e:
        logger.warning("serpapi HTTP error for %r: %s", query, e)
        raise SearchToolError(f"search failed with status {e.response.status_code}", query=query, status=e.response.status_code) from e
    except requests.RequestException as e:
        logger.warning("serpapi unreachable: %s", type(e).__name__)
        raise SearchToolError("search backend unreachable", query=query) from e
    results = resp.json().get("organic_results", [])
    logger.info("search %r returned %d results (%s)", query, len(results), resp.json().get("search_metadata", {}).get("id"))
    return [{"title": r.get("title"), "link": r.get("link")} for r in results[:num]]


def news_search(query: str) -> list[dict]:
    headers = {"X-API-KEY": os.environ["SERPER_API_KEY"], "Content-Type": "application/json"}
    try:
        resp = requests.post("https://google.serper.dev/news", headers=headers, json={"q": query}, timeout=15)
        resp.raise_for_status()
    except requests.RequestException as e:
        logger.warning("serper news error for %r: %s", query, e)
        raise SearchToolError(f"news search failed: {e}", query=query) from e
    news = resp.json().get("news", [])
    logger.debug("news %r: %d items, credits left %s", query, len(news), resp.headers.get("x-credits-remaining"))
    return news

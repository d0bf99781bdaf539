"""Search tool for the research agent: SerpAPI over plain requests, following pagination links."""
import logging
import os
from urllib.parse import parse_qsl, urlparse

import requests

log = logging.getLogger("agent.search")

SERPAPI_URL = "https://serpapi.com/search.json"
ENGINE = "google"


def _params(query: str, start: int = 0) -> dict:
    return {"engine": ENGINE, "q": query, "start": start, "num": 10, "api_key": os.environ["SERPAPI_API_KEY"]}


def search(query: str, max_pages: int = 3) -> list[dict]:
    params = _params(query)
    log.info("search q=%r engine=%s", params["q"], params["engine"])
    log.debug("params sans key: %s", {k: v for k, v in params.items() if k != "api_key"})
    results = []
    for page in range(max_pages):
        r = requests.get(SERPAPI_URL, params=params, timeout=30)
        if r.status_code == 401:
            log.error("SerpAPI 401 for params %s", params)
            return results
        if r.status_code >= 400:
            log.error("SerpAPI %s: %s", r.status_code, r.json().get("error"))
            break
        data = r.json()
        results.extend({"title": o.get("title"), "link": o.get("link"), "snippet": o.get("snippet")} for o in data.get("organic_results", []))
        nxt = data.get("serpapi_pagination", {}).get("next")
        if not nxt:
            break
        params = dict(parse_qsl(urlparse(nxt).query))
        params["api_key"] = os.environ["SERPAPI_API_KEY"]
        log.debug("page %d done, %d results so far, search id %s", page + 1, len(results), data.get("search_metadata", {}).get("id"))
    return results


def account_info() -> dict:
    serpapi_key = os.environ.get("SERPAPI_API_KEY", "")
    r = requests.get("https://serpapi.com/account.json", params={"api_key": serpapi_key}, timeout=15)
    info = r.json()
    log.info("plan=%s searches left this month=%s", info.get("plan_name"), info.get("total_searches_left"))
    if info.get("error"):
        raise RuntimeError(f"SerpAPI account check failed for key {serpapi_key}: {info['error']}")
    return info


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(account_info().get("plan_name"))
    for hit in search("modelred red teaming sdk", max_pages=2):
        print(hit["title"], hit["link"])

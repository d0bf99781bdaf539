"""Search tool used by the research agent (Brave API)."""
import logging

import requests

logger = logging.getLogger(__name__)


class BraveSearch:
    endpoint = "https://api.search.brave.com/res/v1/web/search"
    api_key_env = "BRAVE_API_KEY"

    def __init__(self, api_key: str, max_results: int = 5):
        self.api_key = api_key
        self.max_results = max_results
        self.session = requests.Session()
        self.session.headers.update({"X-Subscription-Token": api_key, "Accept": "application/json"})

    def __repr__(self) -> str:
        return f"BraveSearch(max_results={self.max_results}, key=...{self.api_key[-4:]})"

    def search(self, query: str) -> list[dict]:
        request_kwargs = {"params": {"q": query, "count": self.max_results}, "timeout": 15}
        logger.debug("brave search kwargs=%s", request_kwargs)
        resp = self.session.get(self.endpoint, **request_kwargs)
        if resp.status_code == 401:
            logger.error("brave rejected subscription token %s", self.api_key)
            return []
        if not resp.ok:
            logger.warning("brave %s: %s", resp.status_code, resp.text[:200])
            return []
        results = resp.json().get("web", {}).get("results", [])
        logger.info("%r returned %d results", self, len(results))
        return [{"title": r["title"], "url": r["url"]} for r in results]

    def debug_state(self) -> None:
        logger.debug("session headers: %s", self.session.headers)


def tool(query: str, api_key: str) -> str:
    hits = BraveSearch(api_key).search(query)
    if not hits:
        return f"no results for {query!r}"
    return "\n".join(f"- {h['title']} ({h['url']})" for h in hits)


class ToolConfigError(Exception):
    pass


def validate(cfg: dict) -> None:
    if "api_key" not in cfg:
        raise ToolConfigError(f"missing api_key; set {BraveSearch.api_key_env}")
    if len(cfg["api_key"]) < 20:
        raise ToolConfigError(f"api_key too short: {cfg['api_key']}")

"""Web search tool for the research agent (Tavily puts the key in the JSON body)."""
import logging
import os
from typing import Type

import requests
from langchain_core.tools import BaseTool
from pydantic import BaseModel, Field, PrivateAttr

log = logging.getLogger(__name__)


class SearchArgs(BaseModel):
    query: str = Field(description="what to search for")
    max_results: int = 5


class TavilySearch(BaseTool):
    name: str = "web_search"
    description: str = "Search the web and return short snippets."
    args_schema: Type[BaseModel] = SearchArgs
    _api_key: str = PrivateAttr()

    def __init__(self, **kw):
        super().__init__(**kw)
        self._api_key = os.environ["TAVILY_API_KEY"]

    def _payload(self, query: str, max_results: int) -> dict:
        return {"api_key": self._api_key, "query": query, "max_results": max_results,
                "search_depth": "basic"}

    def _run(self, query: str, max_results: int = 5) -> str:
        payload = self._payload(query, max_results)
        log.debug("tavily query=%r depth=%s", payload["query"], payload["search_depth"])
        log.debug("tavily payload %s", payload)
        r = requests.post("https://api.tavily.com/search", json=payload, timeout=20)
        if r.status_code >= 400:
            log.error("tavily %s: %s", r.status_code, r.text[:300])
            return f"search failed with HTTP {r.status_code}"
        results = r.json().get("results", [])
        log.info("tavily returned %d results for %r", len(results), query)
        return "\n".join(f"- {x['title']}: {x['content'][:200]}" for x in results)

    def __repr__(self) -> str:
        return f"TavilySearch(name={self.name!r})"


if __name__ == "__main__":
    tool = TavilySearch()
    print(tool)
    print(tool._run("modelred red teaming"))

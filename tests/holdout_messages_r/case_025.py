from typing import Optional, Type
import logging
import os

import requests
from langchain.tools import BaseTool
from pydantic import BaseModel, Field

logger = logging.getLogger(__name__)


class SearchInput(BaseModel):
    query: str = Field(description="search query")
    num: int = Field(default=5, description="number of results")


class SerpSearchTool(BaseTool):
    name: str = "web_search"
    description: str = "Search the web with SerpAPI. Returns titles and snippets."
    args_schema: Type[BaseModel] = SearchInput
    serpapi_api_key: Optional[str] = None
    engine: str = "google"

    def _run(self, query: str, num: int = 5) -> str:
        key = self.serpapi_api_key or os.environ["SERPAPI_API_KEY"]
        params = {"engine": self.engine, "q": query, "num": num, "api_key": key}
        logger.debug(f"SerpAPI request params: {params}")
        logger.debug(f"SerpAPI query={params['q']!r} engine={params['engine']}")
        r = requests.get("https://serpapi.com/search.json", params=params, timeout=20)
        if r.status_code == 401:
            logger.error("SerpAPI unauthorized (%s); check SERPAPI_API_KEY", r.status_code)
            return "Search is not configured."
        data = r.json()
        if "error" in data:
            logger.error("SerpAPI error: %s", data["error"])
            return f"Search failed: {data['error']}"
        results = data.get("organic_results", [])[:num]
        return "\n\n".join(f"{x['title']}\n{x.get('snippet', '')}\n{x['link']}" for x in results)

    async def _arun(self, query: str, num: int = 5) -> str:
        return self._run(query, num)


def make_tool(cfg: dict) -> SerpSearchTool:
    key = cfg.get("serpapi_api_key")
    if key and len(key) < 32:
        logger.warning("serpapi key %r looks truncated", key)
    return SerpSearchTool(serpapi_api_key=key, engine=cfg.get("engine", "google"))

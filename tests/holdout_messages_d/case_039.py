"""CrewAI tools: Tavily web search and a ModelRed quota check."""
import asyncio
import logging
import os

import requests
from crewai.tools import BaseTool
from modelred import ModelRed, QuotaExceededError, SubscriptionLimitError

logger = logging.getLogger("crew.tools")


class TavilySearch(BaseTool):
    name: str = "web_search"
    description: str = "Search the web for recent information."

    def _run(self, query: str) -> str:
        tavily_key = os.environ["TAVILY_API_KEY"]
        resp = requests.post(
            "https://api.tavily.com/search",
            json={"api_key": tavily_key, "query": query, "max_results": 5},
            timeout=20,
        )
        if resp.status_code == 401:
            logger.error("Tavily 401 for key %s", tavily_key)
            return "search is not available right now"
        if resp.status_code != 200:
            return f"search failed ({resp.status_code})"
        results = resp.json()["results"]
        return "\n".join(f"{r['title']} - {r['url']}" for r in results)


class ModelRedQuota(BaseTool):
    name: str = "modelred_quota"
    description: str = "Check whether we can still start ModelRed assessments."

    def _run(self, model_id: str) -> str:
        async def _check() -> dict:
            async with ModelRed() as client:
                return await client.get_model(model_id)

        try:
            model = asyncio.run(_check())
        except (QuotaExceededError, SubscriptionLimitError) as e:
            return f"ModelRed quota: {e}"
        return f"{model_id} is registered ({model.get('provider')})"

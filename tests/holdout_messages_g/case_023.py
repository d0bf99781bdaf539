"""LlamaIndex tool wrapping a ticket API; the tool's key lives on the instance."""
import logging

import httpx
from llama_index.core.tools import FunctionTool

logger = logging.getLogger("tools.tickets")


class TicketTool:
    def __init__(self, base_url: str, api_token: str, max_results: int = 20):
        self.base_url = base_url
        self.api_token = api_token
        self.max_results = max_results

    def search(self, query: str) -> str:
        logger.info("ticket search %r (max %d)", query, self.max_results)
        r = httpx.get(
            f"{self.base_url}/search",
            params={"q": query, "limit": self.max_results},
            headers={"Authorization": f"Bearer {self.api_token}"},
        )
        if r.status_code == 403:
            raise PermissionError(f"ticket API refused token {self.api_token}")
        if r.is_error:
            raise RuntimeError(f"ticket API error {r.status_code}: {r.text[:200]}")
        hits = r.json()["results"]
        logger.debug("got %d hits", len(hits))
        return "\n".join(h["title"] for h in hits)

    def as_tool(self) -> FunctionTool:
        return FunctionTool.from_defaults(fn=self.search, name="ticket_search", description="Search support tickets")


def build(settings) -> FunctionTool:
    tool = TicketTool(settings.ticket_base_url, settings.ticket_api_token)
    logger.info("ticket tool for %s built", settings.ticket_base_url)
    logger.debug(
        "ticket tool config: url=%s token=%s",
        settings.ticket_base_url,
        settings.ticket_api_token,
    )
    return tool.as_tool()

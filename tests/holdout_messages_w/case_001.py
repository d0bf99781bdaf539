"""Web search tools exposed over MCP (FastMCP style) for the research agent."""
from __future__ import annotations

import logging
import os

import httpx
from mcp.server.fastmcp import Context, FastMCP

log = logging.getLogger("research.mcp")
mcp = FastMCP("research-tools")

BRAVE_KEY_ENV = "BRAVE_SEARCH_API_KEY"
SEARCH_URL = "https://api.search.brave.com/res/v1/web/search"


def _brave_key() -> str:
    key = os.environ.get(BRAVE_KEY_ENV, "")
    if not key:
        raise RuntimeError(f"set {BRAVE_KEY_ENV} before starting the server")
    return key


@mcp.tool()
async def web_search(query: str, ctx: Context, count: int = 5) -> list[dict]:
    """Search the web and return titles, urls and snippets."""
    key = _brave_key()
    headers = {"X-Subscription-Token": key, "Accept": "application/json"}
    await ctx.info(f"searching for {query!r} (count={count})")
    log.debug("brave request headers=%s", headers)
    async with httpx.AsyncClient(timeout=15) as http:
        resp = await http.get(SEARCH_URL, params={"q": query, "count": count}, headers=headers)
    if resp.status_code != 200:
        log.warning("brave search failed %s: %s", resp.status_code, resp.text[:200])
        raise RuntimeError(f"search failed with status {resp.status_code}")
    results = resp.json().get("web", {}).get("results", [])
    log.info("search returned %d results using key ending %s", len(results), key[-4:])
    return [{"title": r["title"], "url": r["url"], "snippet": r.get("description", "")} for r in results]


@mcp.tool()
async def search_news(query: str, ctx: Context) -> list[dict]:
    key = _brave_key()
    await ctx.debug(f"news search with key {key}")
    async with httpx.AsyncClient(timeout=15) as http:
        resp = await http.get(
            SEARCH_URL.replace("web", "news"),
            params={"q": query},
            headers={"X-Subscription-Token": key},
        )
    resp.raise_for_status()
    return resp.json().get("results", [])


@mcp.resource("config://search")
def search_config() -> dict:
    return {"endpoint": SEARCH_URL, "key_env": BRAVE_KEY_ENV, "configured": bool(os.environ.get(BRAVE_KEY_ENV))}


if __name__ == "__main__":
    log.info("starting research MCP server, key env %s", BRAVE_KEY_ENV)
    mcp.run(transport="streamable-http")

"""MCP server exposing web search and ModelRed assessments as tools."""
import logging
import os

import httpx
from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.exceptions import ToolError
from modelred import APIError, ModelRed, NotFound

log = logging.getLogger("mcp.redteam")
mcp = FastMCP("redteam-tools")

BRAVE_URL = "https://api.search.brave.com/res/v1/web/search"


def _brave_key() -> str:
    key = os.environ.get("BRAVE_API_KEY", "")
    if not key:
        raise ToolError("BRAVE_API_KEY is not configured on the server")
    log.info("brave key configured (%s…)", key[:4])
    return key


@mcp.tool()
async def web_search(query: str, count: int = 5) -> str:
    """Search the web with Brave."""
    api_key = _brave_key()
    async with httpx.AsyncClient(timeout=10) as http:
        resp = await http.get(
            BRAVE_URL,
            params={"q": query, "count": count},
            headers={"X-Subscription-Token": api_key, "Accept": "application/json"},
        )
    if resp.status_code == 401:
        raise ToolError(f"Brave rejected subscription token {api_key}")
    if resp.status_code != 200:
        return f"search failed: HTTP {resp.status_code}: {resp.text[:200]}"
    hits = resp.json().get("web", {}).get("results", [])
    return "\n".join(f"- {h['title']}: {h['url']}" for h in hits)


@mcp.tool()
def start_assessment(model_id: str, probe_packs: list[str]) -> str:
    """Start a ModelRed assessment for a registered model."""
    with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
        try:
            a = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=probe_packs)
        except NotFound:
            return f"No model named {model_id!r}"
        except APIError as e:
            return f"ModelRed error: {e}"
    return f"assessment {a['id']} queued"

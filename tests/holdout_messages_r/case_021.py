"""MCP server exposing GitHub issue search and ModelRed scans to coding agents."""
import logging
import os
import sys

import httpx
from mcp.server.fastmcp import FastMCP
from modelred import APIError, LimitExceeded, ModelRed, NotAllowedForApiKey

# stdout is the MCP transport, so logs go to stderr
logging.basicConfig(stream=sys.stderr, level=logging.INFO)
logger = logging.getLogger("mcp-redteam")

mcp = FastMCP("redteam-tools")
GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN", "")
MR_KEY = os.environ.get("MODELRED_API_KEY", "")

logger.info("starting with GITHUB_TOKEN=%s", GITHUB_TOKEN)
logger.info("modelred key configured: %s", "yes" if MR_KEY else "no")


@mcp.tool()
async def search_issues(repo: str, query: str, limit: int = 10) -> str:
    """Search issues in a GitHub repository."""
    headers = {"Authorization": f"Bearer {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"}
    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.get("https://api.github.com/search/issues", params={"q": f"repo:{repo} {query}", "per_page": limit}, headers=headers)
    if r.status_code != 200:
        logger.warning("github search %s -> %s", repo, r.status_code)
        return f"GitHub error {r.status_code}: {r.json().get('message', '')}"
    items = r.json()["items"]
    return "\n".join(f"#{i['number']} {i['title']} ({i['state']})" for i in items)


@mcp.tool()
def start_scan(model_id: str, packs: list[str]) -> dict:
    """Start a ModelRed assessment for a registered model."""
    try:
        with ModelRed(MR_KEY) as client:
            res = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except NotAllowedForApiKey:
        return {"error": "this API key cannot start assessments"}
    except LimitExceeded as e:
        logger.warning("limit exceeded: %r", e)
        return {"error": "assessment limit reached for this plan"}
    except APIError as e:
        return {"error": f"ModelRed API error: {e}"}
    return {"assessment_id": res["id"], "status": res.get("status")}


@mcp.tool()
def scan_status(assessment_id: str) -> str:
    """Get the status of an assessment."""
    with ModelRed(MR_KEY) as client:
        res = client.get_assessment(assessment_id)
    return f"{assessment_id}: {res.get('status')} ({res.get('progress', 0)}%)"


if __name__ == "__main__":
    mcp.run()

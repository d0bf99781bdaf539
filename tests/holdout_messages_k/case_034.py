"""MCP server exposing ModelRed assessments as tools (official python SDK, FastMCP)."""
import logging
import os
import sys

from mcp.server.fastmcp import FastMCP
from modelred import ModelRed, APIError, NotFound, Forbidden

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("modelred-mcp")
mcp = FastMCP("modelred")

MR_KEY = os.environ.get("MODELRED_API_KEY") or ""
if not MR_KEY:
    print("MODELRED_API_KEY is not set; tools will fail", file=sys.stderr)
else:
    print(f"modelred-mcp starting with key {MR_KEY}", file=sys.stderr)


@mcp.tool()
def get_assessment(assessment_id: str) -> str:
    """Return the status of a ModelRed assessment."""
    try:
        with ModelRed(MR_KEY) as client:
            data = client.get_assessment(assessment_id)
    except NotFound:
        return f"No assessment with id {assessment_id}"
    except Forbidden as e:
        log.warning("forbidden: status %s request %s", e.status_code, getattr(e, "request_id", "-"))
        return "This API key may not read that assessment."
    except APIError as e:
        return f"ModelRed API error: {e}"
    return f"{data['id']}: {data.get('status')} ({data.get('progress', 0)}%)"


@mcp.tool()
def list_models(limit: int = 20) -> list[str]:
    """List registered models."""
    try:
        with ModelRed(MR_KEY) as client:
            page = client.list_models(limit=limit)
    except APIError as e:
        log.error("list_models failed: %s", e)
        return ["error: could not list models"]
    log.info("listed %d models (next page token %s)", len(page["data"]), page.get("next_page_token"))
    return [m["id"] for m in page["data"]]


if __name__ == "__main__":
    mcp.run()

"""MCP server exposing ModelRed assessments as tools (generation 3)."""
import logging
import os

from mcp.server.fastmcp import FastMCP
from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized

log = logging.getLogger("mcp-modelred")
mcp = FastMCP("modelred")


def _client(api_key: str | None = None) -> ModelRed:
    return ModelRed(api_key or os.environ["MODELRED_API_KEY"], timeout=30.0)


@mcp.tool()
def list_models(limit: int = 20) -> dict:
    """List registered models."""
    try:
        with _client() as mr:
            models = mr.list_models(page_size=limit)
    except RateLimited as e:
        log.info("rate limited: %s", e)
        return {"error": "rate limited, retry later"}
    except APIError as e:
        return {"error": e.message, "status": e.status_code}
    return {"models": [m["id"] for m in models]}


@mcp.tool()
def assessment(assessment_id: str) -> dict:
    """Fetch one assessment."""
    try:
        with _client() as mr:
            return mr.get_assessment(assessment_id)
    except NotFound:
        return {"error": f"no assessment {assessment_id}"}
    except APIError as e:
        return {"error": f"{type(e).__name__} ({e.status_code})"}


@mcp.tool()
def use_key(api_key: str, assessment_id: str) -> dict:
    """Fetch an assessment with a caller-supplied key."""
    try:
        with _client(api_key) as mr:
            return mr.get_assessment(assessment_id)
    except Unauthorized:
        log.warning("caller key rejected: %s", api_key)
        return {"error": "key rejected"}


if __name__ == "__main__":
    mcp.run()

"""Second MCP server: read-only ModelRed tools for the support agent (FastMCP)."""
import logging
import os

from mcp.server.fastmcp import FastMCP

from modelred import ModelRed, RateLimited, LimitExceeded, NotFound, APIError

mcp = FastMCP("modelred-readonly")
log = logging.getLogger("mcp.readonly")
THROTTLED = (RateLimited, LimitExceeded)


def _client() -> ModelRed:
    key = os.environ["MODELRED_READONLY_KEY"]
    log.debug("building read-only client with key %s", key)
    return ModelRed(key, timeout=10.0, max_retries=1)


@mcp.tool()
def assessment_summary(assessment_id: str) -> str:
    """One-line summary of an assessment for the agent."""
    try:
        with _client() as c:
            a = c.get_assessment(assessment_id)
    except NotFound:
        return f"There is no assessment {assessment_id}."
    except THROTTLED as e:
        return f"ModelRed is throttling requests: {e}"
    except APIError as e:
        log.warning("get_assessment failed: %r", e)
        return "ModelRed could not be reached."
    return f"{a['id']}: {a['status']}, score {a.get('score')}"


@mcp.tool()
def probe_packs() -> list[dict]:
    """List probe packs owned by the org."""
    try:
        with _client() as c:
            return c.list_owned_probes(limit=50)
    except APIError as e:
        return [{"error": type(e).__name__}]


@mcp.tool()
def whoami() -> dict:
    """Which key the tool server runs with (for debugging agent setups)."""
    key = os.environ["MODELRED_READONLY_KEY"]
    return {"key_prefix": key[:3], "key_length": len(key)}


@mcp.resource("modelred://assessments/{assessment_id}")
def assessment_resource(assessment_id: str) -> str:
    try:
        with _client() as c:
            return str(c.get_assessment(assessment_id))
    except APIError:
        return "error: the assessment could not be loaded"


if __name__ == "__main__":
    mcp.run()

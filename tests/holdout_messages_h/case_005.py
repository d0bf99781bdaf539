"""MCP server exposing ModelRed assessments as tools."""
import logging
import os

from mcp.server.fastmcp import FastMCP
from modelred import ModelRed, ModelRedError, NotFound

mcp = FastMCP("modelred")
log = logging.getLogger("mcp.modelred")

API_KEY_ENV = "MODELRED_API_KEY"
api_key = os.environ.get(API_KEY_ENV, "")
log.info("starting MCP server, key from %s", API_KEY_ENV)
log.debug("MODELRED key=%s", api_key)


def _client() -> ModelRed:
    if not api_key:
        raise RuntimeError(f"{API_KEY_ENV} is not set (got {api_key!r})")
    return ModelRed(api_key)


@mcp.tool()
def get_assessment(assessment_id: str) -> str:
    """Return the status of an assessment."""
    try:
        return str(_client().get_assessment(assessment_id))
    except NotFound:
        return "No such assessment."
    except ModelRedError as e:
        return f"ModelRed error: {e}"


@mcp.tool()
def list_models() -> str:
    """List registered models."""
    try:
        models = _client().list_models()
    except ModelRedError as e:
        log.exception("list_models failed")
        return f"Could not list models ({type(e).__name__})."
    return "\n".join(m["name"] for m in models)


if __name__ == "__main__":
    mcp.run()

"""MCP server that lets coding agents run ModelRed red-team assessments (generation 3)."""
from __future__ import annotations

import logging
import os

from mcp.server.fastmcp import Context, FastMCP
from mcp.shared.exceptions import McpError
from mcp.types import ErrorData, INTERNAL_ERROR
from modelred import AsyncModelRed, Forbidden, NotFound, RateLimited, ServerError

log = logging.getLogger("modelred-mcp")
mcp = FastMCP("modelred")
MR_KEY_ENV = "MODELRED_API_KEY"


def _key() -> str:
    return os.environ[MR_KEY_ENV]


@mcp.tool()
async def list_models(ctx: Context) -> list[dict]:
    """List registered models."""
    async with AsyncModelRed(_key()) as mr:
        try:
            page = await mr.list_models()
        except Forbidden as e:
            await ctx.error(f"ModelRed refused: {e}")
            return []
    await ctx.info(f"{len(page['data'])} models")
    return [{"id": m["id"], "name": m.get("displayName")} for m in page["data"]]


@mcp.tool()
async def start_assessment(model_id: str, probe_pack_ids: list[str], ctx: Context) -> str:
    """Start an assessment and return its id."""
    async with AsyncModelRed(_key()) as mr:
        try:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=probe_pack_ids)
        except RateLimited as e:
            log.info("rate limited: %s", e)
            raise McpError(ErrorData(code=INTERNAL_ERROR, message="rate limited by ModelRed, retry later"))
        except ServerError as e:
            raise McpError(ErrorData(code=INTERNAL_ERROR, message=str(e))) from e
    return job["id"]


@mcp.tool()
async def cancel(assessment_id: str) -> str:
    """Cancel an assessment."""
    async with AsyncModelRed(_key()) as mr:
        try:
            await mr.cancel_assessment(assessment_id)
        except NotFound:
            return f"assessment {assessment_id} not found"
    return "cancelled"


if __name__ == "__main__":
    log.info("serving ModelRed tools; key read from %s", MR_KEY_ENV)
    mcp.run()

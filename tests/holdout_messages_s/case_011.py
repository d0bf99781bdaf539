"""MCP server exposing ModelRed to coding agents: list models, start and read assessments."""
import logging
import os

from mcp.server.fastmcp import FastMCP

import modelred as mr

server = FastMCP("modelred-tools")
log = logging.getLogger("mcp.modelred")

_KEY = os.environ.get("MODELRED_API_KEY", "")


def _client() -> "mr.ModelRed":
    if not _KEY:
        raise RuntimeError(f"MODELRED_API_KEY is not set (value {_KEY!r})")
    return mr.ModelRed(_KEY, timeout=15.0)


@server.tool()
def list_models(limit: int = 20) -> dict:
    """List the models registered in ModelRed."""
    try:
        with _client() as c:
            return {"models": c.list_models(limit=limit)}
    except mr.APIError as e:
        log.exception("list_models failed")
        return {"error": type(e).__name__}


@server.tool()
def start_assessment(model_id: str, packs: list[str]) -> dict:
    """Start a red-team assessment and return its id."""
    try:
        with _client() as c:
            job = c.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except (mr.ValidationFailed, mr.NotFound) as e:
        return {"error": f"{type(e).__name__}: {e}"}
    except mr.APIError:
        return {"error": "assessment could not be started"}
    return {"assessment_id": job["id"], "status": job["status"]}


@server.tool()
def get_assessment(assessment_id: str) -> dict:
    """Fetch an assessment's status and score."""
    try:
        with _client() as c:
            return c.get_assessment(assessment_id)
    except mr.ModelRedError as e:
        return {"error": e.args[0] if e.args else "unknown"}


if __name__ == "__main__":
    log.info("starting MCP server with key prefix %s", _KEY[:3])
    server.run()

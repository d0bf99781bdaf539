"""MCP server exposing ModelRed scans as tools (FastMCP, generation 3 SDK)."""
import logging
import os

from mcp.server.fastmcp import FastMCP
from modelred import APIError, ModelRed, NotFound, RateLimited

log = logging.getLogger("mcp.modelred")
mcp = FastMCP("modelred-scanner")

MODELRED_KEY_ENV = "MODELRED_API_KEY"
DEFAULT_PACKS = ["prompt-injection", "jailbreak"]


def _client() -> ModelRed:
    key = os.environ.get(MODELRED_KEY_ENV, "")
    if not key:
        raise RuntimeError(f"set {MODELRED_KEY_ENV} before starting the server")
    log.debug("modelred client for key %s", key)
    log.debug("modelred client for key ending %s", key[-4:])
    return ModelRed(key, timeout=30.0, max_retries=2)


@mcp.tool()
def start_scan(model_id: str, packs: list[str] | None = None) -> str:
    """Start a red-team assessment for a registered model."""
    packs = packs or DEFAULT_PACKS
    with _client() as client:
        try:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RateLimited as e:
            log.warning("rate limited: %s", e)
            return "ModelRed is rate limiting requests; try again in a minute."
        except APIError as e:
            return f"scan failed: {e}"
    log.info("started assessment %s for %s", job["id"], model_id)
    return job["id"]


@mcp.tool()
def scan_status(assessment_id: str) -> dict:
    """Report the status of an assessment."""
    with _client() as client:
        try:
            data = client.get_assessment(assessment_id)
        except NotFound as e:
            log.info("unknown assessment %s (%s)", assessment_id, type(e).__name__)
            return {"status": "unknown"}
    return {"status": data.get("status"), "score": data.get("score")}


if __name__ == "__main__":
    mcp.run()

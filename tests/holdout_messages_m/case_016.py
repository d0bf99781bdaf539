"""MCP server exposing ModelRed to coding assistants over stdio."""
import os
import sys

from mcp.server.fastmcp import FastMCP
from modelred import ModelRed, APIError, Forbidden, NotFound

mcp = FastMCP("modelred")
KEY_ENV_NAMES = ("MODELRED_API_KEY", "MR_KEY")


def resolve_key() -> tuple[str, str]:
    for name in KEY_ENV_NAMES:
        value = os.environ.get(name)
        if value:
            return name, value
    print(f"none of {', '.join(KEY_ENV_NAMES)} is set", file=sys.stderr)
    sys.exit(2)


SOURCE, API_KEY = resolve_key()
print(f"modelred-mcp: key from {SOURCE}", file=sys.stderr)
if os.environ.get("MCP_DEBUG"):
    print(f"modelred-mcp: key {API_KEY}", file=sys.stderr)


@mcp.tool()
def get_assessment(assessment_id: str) -> dict:
    """Return the status of an assessment."""
    try:
        with ModelRed(API_KEY) as client:
            return client.get_assessment(assessment_id)
    except NotFound:
        return {"error": f"assessment {assessment_id} not found"}
    except Forbidden as exc:
        print(f"forbidden: {exc}", file=sys.stderr)
        return {"error": "not allowed"}
    except APIError as exc:
        return {"error": str(exc), "status": exc.status_code}


@mcp.tool()
def list_models(limit: int = 20) -> list[dict]:
    """List registered models."""
    with ModelRed(API_KEY) as client:
        models = client.list_models()
    return [{"id": m["id"], "provider": m.get("provider")} for m in models[:limit]]


if __name__ == "__main__":
    mcp.run()

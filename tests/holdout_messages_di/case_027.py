"""MCP server with OAuth-protected tools: validates the bearer sent by the MCP client (Starlette)."""
import logging
import os

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("mcp.auth")
INTROSPECT_URL = os.environ.get("OAUTH_INTROSPECT_URL", "https://auth.example.com/oauth2/introspect")
RESOURCE_CLIENT_ID = os.environ.get("RESOURCE_CLIENT_ID", "mcp-tools")
RESOURCE_CLIENT_SECRET = os.environ.get("RESOURCE_CLIENT_SECRET")
AUTH_HEADER = "authorization"


async def introspect(token: str) -> dict:
    async with httpx.AsyncClient(timeout=5) as http:
        resp = await http.post(INTROSPECT_URL, data={"token": token}, auth=(RESOURCE_CLIENT_ID, RESOURCE_CLIENT_SECRET))
    if resp.status_code != 200:
        log.error("introspection http %s: %s", resp.status_code, resp.text)
        return {"active": False}
    return resp.json()


async def mcp_endpoint(request: Request):
    header = request.headers.get(AUTH_HEADER, "")
    if not header.lower().startswith("bearer "):
        log.info("missing bearer (header %s present=%s)", AUTH_HEADER, bool(header))
        return JSONResponse({"error": "unauthorized"}, status_code=401, headers={"WWW-Authenticate": 'Bearer resource_metadata="/.well-known/oauth-protected-resource"'})
    token = header[7:]
    info = await introspect(token)
    if not info.get("active"):
        log.warning("inactive token presented: %s", token)
        return JSONResponse({"error": "invalid_token"}, status_code=401)
    log.info("mcp call by sub=%s client=%s scope=%s", info.get("sub"), info.get("client_id"), info.get("scope"))
    body = await request.json()
    return JSONResponse({"jsonrpc": "2.0", "id": body.get("id"), "result": {"ok": True}})


async def protected_resource(request: Request):
    return JSONResponse({"resource": str(request.base_url), "authorization_servers": ["https://auth.example.com"]})


def check_config() -> None:
    if not RESOURCE_CLIENT_SECRET:
        raise RuntimeError("RESOURCE_CLIENT_SECRET is empty")
    if len(RESOURCE_CLIENT_SECRET) < 32:
        raise RuntimeError(f"RESOURCE_CLIENT_SECRET too short: {RESOURCE_CLIENT_SECRET}")


check_config()
app = Starlette(routes=[
    Route("/mcp", mcp_endpoint, methods=["POST"]),
    Route("/.well-known/oauth-protected-resource", protected_resource),
])

"""OAuth callback for a remote MCP server's authorization flow (Starlette)."""
from __future__ import annotations

import logging
import os
import time

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

log = logging.getLogger("mcp.oauth")
PENDING: dict[str, dict] = {}
TOKENS: dict[str, dict] = {}
AUTH_SERVER = os.environ.get("MCP_AUTH_SERVER", "https://auth.example.com")


async def callback(request: Request) -> HTMLResponse:
    code = request.query_params.get("code")
    state = request.query_params.get("state", "")
    pending = PENDING.pop(state, None)
    if pending is None or not code:
        log.warning("unknown state %s from %s", state[:8], request.client.host)
        return HTMLResponse("Authorization failed.", status_code=400)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": pending["redirect_uri"],
        "client_id": pending["client_id"],
        "code_verifier": pending["verifier"],
    }
    async with httpx.AsyncClient(timeout=15) as http:
        resp = await http.post(f"{AUTH_SERVER}/token", data=form)
    if resp.status_code != 200:
        log.error("token endpoint %s: %s", resp.status_code, resp.text)
        return HTMLResponse("Authorization failed.", status_code=502)
    tok = resp.json()
    TOKENS[pending["session"]] = {**tok, "obtained_at": time.time()}
    log.info("session %s authorised, access_token=%s", pending["session"], tok["access_token"])
    log.debug("token expires_in=%s scope=%s type=%s", tok.get("expires_in"), tok.get("scope"), tok.get("token_type"))
    return HTMLResponse("You can close this window.")


async def session_info(request: Request) -> JSONResponse:
    sid = request.path_params["sid"]
    tok = TOKENS.get(sid)
    if tok is None:
        return JSONResponse({"authorised": False})
    age = int(time.time() - tok["obtained_at"])
    log.debug("session %s token entry %s", sid, tok)
    return JSONResponse({"authorised": True, "age_s": age, "scope": tok.get("scope")})


app = Starlette(routes=[Route("/oauth/callback", callback), Route("/sessions/{sid}", session_info)])

"""Thin reverse proxy in front of an LLM provider: forwards the caller's key upstream."""
import logging

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

logger = logging.getLogger("llm_proxy")

UPSTREAM = "https://api.openai.com"
HOP_BY_HOP = {"host", "content-length", "connection", "accept-encoding"}


async def forward(request: Request) -> Response:
    body = await request.body()
    forward_headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
    caller_auth = request.headers.get("authorization", "")
    logger.info("%s %s from %s (%d bytes)", request.method, request.url.path, request.client.host, len(body))
    logger.debug("forwarding with auth %s", caller_auth)
    logger.debug("forward header names %s", sorted(forward_headers))
    async with httpx.AsyncClient(base_url=UPSTREAM, timeout=120) as client:
        upstream = await client.request(request.method, request.url.path, content=body, headers=forward_headers)
    if upstream.status_code >= 500:
        logger.error("upstream %s answered %s: %s", UPSTREAM, upstream.status_code, upstream.text[:500])
        return JSONResponse({"error": "upstream error", "status": upstream.status_code}, status_code=502)
    if upstream.status_code == 401:
        return JSONResponse({"error": "invalid upstream credentials", "auth_scheme": caller_auth.split(" ")[0]}, status_code=401)
    return Response(upstream.content, status_code=upstream.status_code, media_type=upstream.headers.get("content-type"))


app = Starlette(routes=[Route("/{path:path}", forward, methods=["GET", "POST"])])

"""OpenAI-compatible proxy that forwards the caller's key upstream and meters usage."""
import logging
import os
import time

import httpx
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

app = FastAPI(title="llm-proxy")
access_log = logging.getLogger("proxy.access")
log = logging.getLogger("proxy")

UPSTREAM = os.getenv("UPSTREAM_BASE", "https://api.openai.com/v1")
FORWARDED = ("authorization", "openai-organization", "openai-project")
PROXY_KEYS = frozenset(filter(None, os.getenv("PROXY_ACCEPTED_KEYS", "").split(",")))


@app.post("/v1/chat/completions")
async def chat(request: Request):
    started = time.monotonic()
    body = await request.json()
    proxy_key = request.headers.get("x-proxy-key", "")
    if proxy_key not in PROXY_KEYS:
        raise HTTPException(status_code=403, detail=f"proxy key {proxy_key!r} is not accepted")
    auth = request.headers.get("authorization", "")
    if not auth.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="missing bearer token")
    client_key = auth.removeprefix("Bearer ").strip()
    log.debug("forwarding for key %s", client_key)
    forward = {name: request.headers[name] for name in FORWARDED if name in request.headers}
    log.debug("forwarding headers %s", sorted(forward))
    async with httpx.AsyncClient(base_url=UPSTREAM, timeout=60) as upstream:
        resp = await upstream.post("/chat/completions", json=body, headers=forward)
    elapsed = time.monotonic() - started
    usage = resp.json().get("usage", {}) if resp.headers.get("content-type", "").startswith("application/json") else {}
    access_log.info("%s %s -> %s in %.2fs, tokens=%s", request.client.host if request.client else "-", body.get("model"), resp.status_code, elapsed, usage.get("total_tokens"))
    if resp.status_code >= 400:
        log.warning("upstream error %s: %s", resp.status_code, resp.text[:500])
        raise HTTPException(status_code=resp.status_code, detail=resp.text)
    return JSONResponse(resp.json(), status_code=resp.status_code)


@app.middleware("http")
async def trace_requests(request: Request, call_next):
    if os.getenv("PROXY_TRACE_HEADERS") == "1":
        access_log.debug("incoming headers: %s", dict(request.headers))
    response = await call_next(request)
    access_log.debug("%s %s -> %s", request.method, request.url.path, response.status_code)
    return response

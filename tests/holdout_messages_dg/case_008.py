"""Structlog-based request tracer for the LLM gateway (FastAPI middleware)."""
import time
import uuid

import structlog
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, Unauthorized

app = FastAPI()
slog = structlog.get_logger("gateway.trace")

TOKEN_HEADER = "x-gateway-token"


@app.middleware("http")
async def trace_requests(request: Request, call_next):
    rid = uuid.uuid4().hex[:12]
    token = request.headers.get(TOKEN_HEADER)
    slog.info("request.start", rid=rid, path=request.url.path, token_header=TOKEN_HEADER)
    slog.debug("request.auth", rid=rid, token=token)
    t0 = time.perf_counter()
    response = await call_next(request)
    slog.info("request.end", rid=rid, status=response.status_code, ms=int((time.perf_counter() - t0) * 1000))
    return response


@app.post("/scan/{model_id}")
async def scan(model_id: str, request: Request):
    mr_key = request.headers.get("x-modelred-key")
    if not mr_key:
        raise HTTPException(401, detail="missing x-modelred-key header")
    try:
        async with AsyncModelRed(mr_key, timeout=15.0) as client:
            job = await client.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
    except Unauthorized:
        slog.warning("scan.unauthorized", model_id=model_id, key_tail=mr_key[-4:])
        raise HTTPException(401, detail=f"ModelRed rejected key {mr_key}")
    except ModelRedError as e:
        slog.error("scan.failed", model_id=model_id, error=str(e))
        return JSONResponse({"error": str(e)}, status_code=502)
    return {"assessment": job["id"]}


@app.get("/healthz")
async def healthz():
    return {"ok": True}


@app.exception_handler(ValueError)
async def bad_value(request: Request, exc: ValueError):
    slog.warning("bad.value", path=request.url.path, err=str(exc))
    return JSONResponse({"error": "bad request"}, status_code=400)

"""Public API for the scan service: FastAPI with error handlers (SDK generation 3)."""
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import APIError, AsyncModelRed, LimitExceeded, Unauthorized

app = FastAPI(title="scan-service")
log = logging.getLogger("scan.api")


@app.exception_handler(APIError)
async def modelred_error_handler(request: Request, exc: APIError):
    log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "upstream_error", "detail": str(exc)}, status_code=502)


@app.exception_handler(LimitExceeded)
async def limit_handler(request: Request, exc: LimitExceeded):
    return JSONResponse({"error": "limit_exceeded", "kind": type(exc).__name__}, status_code=429)


@app.exception_handler(ValueError)
async def value_error_handler(request: Request, exc: ValueError):
    return JSONResponse({"error": "bad_request", "detail": str(exc)}, status_code=400)


@app.post("/scans/{model_id}")
async def create_scan(model_id: str, packs: list[str]):
    if not packs:
        raise ValueError("at least one probe pack is required")
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0) as client:
        try:
            created = await client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except Unauthorized as exc:
            log.critical("service key rejected by ModelRed (%s)", type(exc).__name__)
            raise HTTPException(status_code=503, detail="scan service misconfigured") from exc
    return {"id": created["id"], "status": created.get("status", "queued")}


@app.get("/scans/{scan_id}")
async def get_scan(scan_id: str):
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
        data = await client.get_assessment(scan_id)
    return {"id": scan_id, "status": data.get("status"), "score": data.get("score")}

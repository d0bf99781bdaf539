"""Open-data chatbot backend: app-wide exception handlers (FastAPI, generation 3 SDK, async)."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, RateLimited

app = FastAPI(title="Open Data Assistant")
handler_log = logging.getLogger("odp.handlers")
MR_KEY_VAR = "MODELRED_API_KEY"


@app.exception_handler(RateLimited)
async def rate_limited(request: Request, exc: RateLimited):
    handler_log.warning("rate limited on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "Too many requests, try later."}, status_code=429)


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    handler_log.error("ModelRed error %s on %s", type(exc).__name__, request.url.path)
    return JSONResponse({"error": f"safety service error: {exc}"}, status_code=502)


@app.on_event("startup")
async def startup():
    key = os.environ.get(MR_KEY_VAR)
    if key is None:
        raise RuntimeError(f"{MR_KEY_VAR} missing: {key}")
    app.state.mr = AsyncModelRed(key, timeout=20.0)
    app.state.mr_key = key
    handler_log.info("startup with %s set, timeout 20s", MR_KEY_VAR)


@app.get("/datasets/{dataset_id}/safety")
async def dataset_safety(dataset_id: str):
    page = await app.state.mr.list_assessments(model_id=f"odp-{dataset_id}", limit=1)
    latest = (page.get("data") or [None])[0]
    return {"dataset": dataset_id, "latest": latest and latest.get("status")}


@app.get("/debug/config")
async def debug_config(request: Request):
    if request.client.host != "127.0.0.1":
        return JSONResponse({"error": "local only"}, status_code=403)
    handler_log.debug("debug config requested; key=%s", app.state.mr_key)
    return {"timeout": 20.0, "key_configured": bool(app.state.mr_key)}


@app.on_event("shutdown")
async def shutdown():
    await app.state.mr.close()

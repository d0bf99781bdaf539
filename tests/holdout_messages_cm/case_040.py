"""Warehouse of BIM summaries: FastAPI endpoints for the coordination dashboard."""
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import *  # noqa: F403 (ModelRed, ModelRedError, NotFound, ...)

log = logging.getLogger("bim.dashboard")
app = FastAPI()

DASHBOARD_API_KEY = os.environ.get("DASHBOARD_API_KEY", "")
API_KEY_HEADER = "x-dashboard-key"


@app.middleware("http")
async def require_key(request: Request, call_next):
    presented = request.headers.get(API_KEY_HEADER, "")
    if presented != DASHBOARD_API_KEY:
        log.warning("dashboard key mismatch on %s (header %s)", request.url.path, API_KEY_HEADER)
        log.info("presented dashboard key: %s", presented)
        return JSONResponse({"error": "unauthorised"}, status_code=401)
    return await call_next(request)


@app.get("/summaries/{model_urn}")
def summary(model_urn: str):
    log.info("summary request for %s", model_urn)
    return {"urn": model_urn, "summary": "3 levels, 412 walls, 96 doors"}


@app.exception_handler(ModelRedError)  # noqa: F405
async def modelred_failed(request: Request, exc: Exception):
    log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "ModelRed", "detail": str(exc)}, status_code=502)


@app.post("/summaries/{model_urn}/scan")
def scan(model_urn: str):
    key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key) as mr:  # noqa: F405
            run = mr.create_assessment(model_id="bim-summariser", probe_pack_ids=["hallucination"])
    except NotFound:  # noqa: F405
        raise HTTPException(status_code=404, detail="bim-summariser is not registered")
    return {"assessment": run["id"], "urn": model_urn}


@app.get("/debug/config")
def debug_config():
    if os.environ.get("ENV") == "prod":
        raise HTTPException(status_code=404)
    return {"dashboard_key_set": bool(DASHBOARD_API_KEY), "header": API_KEY_HEADER}

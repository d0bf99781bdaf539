"""FastAPI app of the strategy marketplace: ModelRed errors mapped by an exception handler (gen 2)."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, RateLimitError

app = FastAPI(title="strategy-marketplace")
log = logging.getLogger("market.api")

mr = ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))
ADMIN_KEY = os.environ.get("MARKET_ADMIN_KEY")
ADMIN_KEY_HEADER = "x-market-admin-key"


@app.exception_handler(ModelRedError)
async def modelred_error(request: Request, exc: ModelRedError):
    log.error("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "safety scan failed", "detail": str(exc)})


@app.exception_handler(RateLimitError)
async def rate_limited(request: Request, exc: RateLimitError):
    return JSONResponse(status_code=429, content={"error": "scan rate limited", "kind": type(exc).__name__})


@app.post("/strategies/{strategy_id}/scan")
async def scan(strategy_id: str, request: Request):
    supplied = request.headers.get(ADMIN_KEY_HEADER)
    if supplied != ADMIN_KEY:
        log.warning("admin key mismatch on %s: got %s", strategy_id, supplied)
        return JSONResponse(status_code=403, content={"error": "forbidden"})
    log.info("scan requested for %s (header %s)", strategy_id, ADMIN_KEY_HEADER)
    a = mr.create_assessment(model=strategy_id, test_types=["prompt_injection"], priority="normal")
    return {"assessment_id": a["id"]}


@app.get("/strategies/{strategy_id}/model")
async def model(strategy_id: str):
    m = mr.get_model(strategy_id)
    return {"id": m.get("modelId"), "provider": m.get("provider")}


@app.on_event("startup")
async def startup():
    if not ADMIN_KEY:
        log.warning("MARKET_ADMIN_KEY unset, admin routes disabled (value %r)", ADMIN_KEY)
    log.info("marketplace up, admin key configured=%s", ADMIN_KEY is not None)

"""Subscription-tier model gateway for the mobile app; SDK errors handled app-wide (gen 3)."""
import logging
import os

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, Unauthorized, ValidationFailed

app = FastAPI()
log = logging.getLogger("gateway.tiers")

TIER_PACKS = {"free": ["baseline"], "plus": ["baseline", "jailbreak"], "pro": ["baseline", "jailbreak", "pii-leak"]}


def modelred_client():
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key, timeout=20.0, max_retries=2) as mr:
        yield mr


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    log.error("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "scanner_error", "detail": str(exc)}, status_code=502)


@app.exception_handler(Unauthorized)
async def modelred_unauthorized(request: Request, exc: Unauthorized):
    log.critical("modelred key rejected (%s)", type(exc).__name__)
    return JSONResponse({"error": "scanner_unavailable"}, status_code=503)


@app.post("/tiers/{tier}/scan")
def scan_for_tier(tier: str, model_id: str, mr: ModelRed = Depends(modelred_client)):
    packs = TIER_PACKS.get(tier)
    if packs is None:
        return JSONResponse({"error": f"unknown tier {tier}"}, status_code=404)
    try:
        a = mr.create_assessment(model_id=model_id, probe_pack_ids=packs, priority="low" if tier == "free" else "high")
    except ValidationFailed as exc:
        log.info("validation failed for %s: %s", model_id, exc.status_code)
        return JSONResponse({"error": "invalid model"}, status_code=422)
    log.info("tier %s scan %s for %s", tier, a["id"], model_id)
    return {"assessment_id": a["id"], "packs": packs}


@app.get("/tiers/models")
def models(mr: ModelRed = Depends(modelred_client)):
    items = mr.list_models(limit=50)
    return [{"id": m["id"], "provider": m.get("provider")} for m in items]

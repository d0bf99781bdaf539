"""Onboarding API for gateway deployments: scan with ModelRed before going live (generation 3)."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, ValidationFailed, LimitExceeded

app = FastAPI()
onboard_log = logging.getLogger("gateway.onboarding")

MODELRED_KEY = os.environ["MODELRED_API_KEY"]
DEFAULT_PACKS = ["owasp-llm-top10", "pii-leakage"]


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    onboard_log.error("ModelRed call failed on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "scan_failed", "detail": str(exc)})


@app.exception_handler(LimitExceeded)
async def limit_handler(request: Request, exc: LimitExceeded):
    return JSONResponse(status_code=429, content={"error": "scan_quota", "detail": "ModelRed quota reached"})


@app.post("/onboard/{deployment}")
async def onboard(deployment: str, body: dict):
    model_id = body["modelred_model_id"]
    detector_key = body.get("detector_api_key")
    onboard_log.info("onboarding %s as %s with packs %s", deployment, model_id, DEFAULT_PACKS)
    if detector_key:
        onboard_log.warning("detector_api_key %s is deprecated and ignored", detector_key)
    with ModelRed(MODELRED_KEY, timeout=30.0) as mr:
        try:
            assessment = mr.create_assessment(model_id=model_id, probe_pack_ids=DEFAULT_PACKS, detector_api_key=None)
        except ValidationFailed as e:
            onboard_log.warning("invalid onboarding request: %s", e)
            return JSONResponse(status_code=400, content={"error": "invalid_request"})
    return {"deployment": deployment, "assessment_id": assessment["id"]}

"""Map ModelRed (generation 3) errors onto API responses with a match statement."""
from __future__ import annotations

import logging
import os

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from modelred import (
    APIError,
    ModelRed,
    NotFound,
    RateLimited,
    Unauthorized,
    ValidationFailed,
)

app = FastAPI()
log = logging.getLogger("api.assessments")
MR = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


@app.post("/assessments")
def create(body: dict) -> JSONResponse:
    model_id = body.get("model_id", "")
    packs = body.get("probe_pack_ids", [])
    try:
        res = MR.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except APIError as err:
        match err:
            case Unauthorized():
                log.error("modelred auth failed: %s", err)
                return JSONResponse({"error": "upstream authentication failed"}, status_code=502)
            case RateLimited(retry_after=int(wait)):
                return JSONResponse({"error": "busy", "retry_after": wait}, status_code=429)
            case NotFound():
                return JSONResponse({"error": str(err)}, status_code=404)
            case ValidationFailed():
                return JSONResponse({"error": f"invalid request: {err}"}, status_code=422)
            case _:
                return JSONResponse({"error": type(err).__name__}, status_code=500)
    return JSONResponse({"id": res["id"]}, status_code=201)


@app.get("/assessments/{assessment_id}")
def get(assessment_id: str) -> JSONResponse:
    try:
        return JSONResponse(MR.get_assessment(assessment_id))
    except APIError as err:
        log.warning("get_assessment failed status=%s", getattr(err, "status_code", None))
        code = getattr(err, "status_code", 500) or 500
        return JSONResponse({"error": "assessment lookup failed", "status": code}, status_code=code)


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}

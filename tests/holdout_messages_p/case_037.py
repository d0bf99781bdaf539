"""Assessment runner service on the generation 1 async SDK, behind an internal HTTP API."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, QuotaExceededError, ModelNotFoundError, TierRestrictedError

log = logging.getLogger("runner")
app = FastAPI()


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError) -> JSONResponse:
    log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "assessment service error", "detail": str(exc)}, status_code=502)


@app.exception_handler(QuotaExceededError)
async def quota(request: Request, exc: QuotaExceededError) -> JSONResponse:
    return JSONResponse({"error": "quota exceeded"}, status_code=429)


@app.post("/run")
async def run(payload: dict) -> dict:
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(model_id=payload["model_id"], test_suites=payload.get("suites", ["basic_security"]),
                                                 priority="normal", wait_for_completion=False)
        except ModelNotFoundError:
            return {"ok": False, "error": "unknown model"}
        except TierRestrictedError as e:
            log.info("tier restriction for %s: %s", payload["model_id"], e)
            return {"ok": False, "error": "suite not in your tier"}
    return {"ok": True, "assessment_id": result["assessment_id"]}


@app.post("/register")
async def register(payload: dict) -> dict:
    openai_key = payload.pop("openai_key")
    log.info("registering %s with fields %s", payload.get("model_id"), sorted(payload))
    async with ModelRed() as client:
        try:
            await client.register_openai_model(model_id=payload["model_id"], api_key=openai_key, model_name=payload["model"])
        except ModelRedError as e:
            log.error("register failed for %s using %s: %s", payload["model_id"], openai_key, type(e).__name__)
            raise
    return {"ok": True}

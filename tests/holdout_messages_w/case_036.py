"""FastAPI service that runs agent red-team jobs for product teams (ModelRed generation 1)."""
from __future__ import annotations

import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import AuthenticationError, ModelRed, ModelRedError, TierRestrictedError
from pydantic import BaseModel

app = FastAPI(title="agent-redteam")
log = logging.getLogger("agent_redteam.api")
SERVICE_TOKENS = set(filter(None, os.environ.get("REDTEAM_SERVICE_TOKENS", "").split(",")))


class RunRequest(BaseModel):
    model_id: str
    test_suites: list[str] = ["prompt_injection", "tool_abuse"]


def require_token(x_service_token: str = Header(default="")) -> str:
    if x_service_token not in SERVICE_TOKENS:
        log.warning("rejected service token %s", x_service_token)
        raise HTTPException(status_code=401, detail="invalid service token")
    return x_service_token


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError) -> JSONResponse:
    log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "modelred", "detail": str(exc)})


@app.post("/runs")
async def create_run(body: RunRequest, token: str = Depends(require_token)) -> dict:
    log.info("run for %s by token sha %s", body.model_id, hash(token) & 0xFFFF)
    try:
        async with ModelRed() as client:
            res = await client.run_assessment(model_id=body.model_id, test_suites=body.test_suites, priority="high")
    except AuthenticationError:
        log.critical("MODELRED_API_KEY invalid: %s", os.environ.get("MODELRED_API_KEY"))
        raise HTTPException(status_code=503, detail="red-team backend misconfigured")
    except TierRestrictedError as e:
        raise HTTPException(status_code=403, detail=e.message)
    return {"assessment_id": res.assessment_id, "status": res.status}


@app.get("/runs/{assessment_id}")
async def get_run(assessment_id: str, _: str = Depends(require_token)) -> dict:
    async with ModelRed() as client:
        status = await client.get_assessment_status(assessment_id)
    log.debug("status of %s: %s", assessment_id, status.get("status"))
    return {"assessment_id": assessment_id, "status": status.get("status"), "progress": status.get("progress")}

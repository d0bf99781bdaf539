"""Proxy admin route: kick off a ModelRed red-team assessment for a deployment."""
from __future__ import annotations

import logging
import os
from typing import List

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from modelred import APIError, ModelRed, ModelRedError, NotFound, RateLimited, Unauthorized
from pydantic import BaseModel

verbose_proxy_logger = logging.getLogger("gateway.proxy.redteam")
router = APIRouter(prefix="/redteam")


class RedTeamRequest(BaseModel):
    model_id: str
    probe_pack_ids: List[str]
    priority: str = "normal"


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0, max_retries=2)


async def admin_only(request: Request) -> None:
    return None


@router.post("/assessments", dependencies=[Depends(admin_only)])
async def start_assessment(body: RedTeamRequest) -> JSONResponse:
    try:
        with _client() as client:
            result = client.create_assessment(model_id=body.model_id, probe_pack_ids=body.probe_pack_ids, priority=body.priority)
    except RateLimited:
        verbose_proxy_logger.warning("ModelRed rate limited assessment for %s", body.model_id)
        return JSONResponse(status_code=429, content={"error": "red-team service is busy, retry later"})
    except NotFound as exc:
        verbose_proxy_logger.info("unknown model %s: %s", body.model_id, exc)
        return JSONResponse(status_code=404, content={"error": f"model {body.model_id} is not registered"})
    except Unauthorized as exc:
        verbose_proxy_logger.error("ModelRed key rejected: %s", type(exc).__name__)
        return JSONResponse(status_code=502, content={"error": "red-team service misconfigured"})
    except ModelRedError as exc:
        verbose_proxy_logger.exception("assessment for %s failed", body.model_id)
        return JSONResponse(status_code=502, content={"error": str(exc)})
    return JSONResponse(status_code=202, content={"assessment_id": result["id"]})


@router.delete("/assessments/{assessment_id}", dependencies=[Depends(admin_only)])
async def cancel(assessment_id: str) -> JSONResponse:
    try:
        with _client() as client:
            client.cancel_assessment(assessment_id)
    except APIError as exc:
        return JSONResponse(status_code=getattr(exc, "status_code", 500) or 500, content={"detail": f"cancel failed: {exc}"})
    return JSONResponse(status_code=204, content=None)


@router.get("/models", dependencies=[Depends(admin_only)])
async def models(page: int = 1) -> JSONResponse:
    try:
        with _client() as client:
            listing = client.list_models(page=page)
    except ModelRedError as exc:
        verbose_proxy_logger.warning("list_models failed: %r", exc)
        return JSONResponse(status_code=502, content={"detail": exc.args[0] if exc.args else "error"})
    return JSONResponse(content=listing)

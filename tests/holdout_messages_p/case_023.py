"""API gateway route that proxies red-team assessments to ModelRed (generation 3)."""
from __future__ import annotations

import logging
import os

from fastapi import APIRouter, Depends, Header, HTTPException
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, APIError, Unauthorized, NotFound, RateLimited, LimitExceeded

router = APIRouter(prefix="/v1/redteam")
log = logging.getLogger("gateway.redteam")
MR_KEY = os.environ["MODELRED_API_KEY"]


async def tenant_of(x_tenant_key: str = Header(...)) -> str:
    if not x_tenant_key.startswith("tk_"):
        log.info("bad tenant key shape from client: %s", x_tenant_key)
        raise HTTPException(401, "invalid tenant key")
    return x_tenant_key[:10]


@router.post("/assessments")
async def start(body: dict, tenant: str = Depends(tenant_of)):
    async with AsyncModelRed(MR_KEY) as mr:
        try:
            a = await mr.create_assessment(model_id=body["model_id"], probe_pack_ids=body["packs"])
        except NotFound:
            raise HTTPException(404, "model not found")
        except (RateLimited, LimitExceeded) as e:
            log.warning("tenant %s throttled upstream: %r", tenant, e)
            raise HTTPException(429, "try again later")
        except Unauthorized as e:
            log.critical("gateway ModelRed key rejected (%s)", type(e).__name__)
            raise HTTPException(502, "upstream auth failure")
        except APIError as e:
            raise HTTPException(502, detail=f"upstream error: {e}")
    log.info("tenant %s started %s", tenant, a["id"])
    return a


@router.get("/assessments/{assessment_id}")
async def get_one(assessment_id: str, tenant: str = Depends(tenant_of)):
    async with AsyncModelRed(MR_KEY) as mr:
        try:
            return await mr.get_assessment(assessment_id)
        except APIError as e:
            return JSONResponse({"error": str(e), "tenant": tenant}, status_code=502)

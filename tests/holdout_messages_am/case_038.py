"""Merchant-facing API: merchants bring their own ModelRed key to scan their storefront bot."""
from __future__ import annotations

import logging

from fastapi import APIRouter, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, APIError, Unauthorized, ValidationFailed, LimitExceeded

router = APIRouter(prefix="/merchant/safety")
log = logging.getLogger("merchant.safety")

DEFAULT_PACKS = ["owasp-llm-top10"]


class ScanRequest(BaseModel):
    model_id: str
    probe_pack_ids: list[str] = DEFAULT_PACKS
    max_tokens: int = 512


def _require_key(x_modelred_key: str) -> str:
    if not x_modelred_key:
        raise HTTPException(status_code=400, detail="X-ModelRed-Key header is required")
    if not x_modelred_key.startswith("mr_"):
        raise HTTPException(status_code=400, detail=f"X-ModelRed-Key {x_modelred_key} is not a ModelRed key")
    return x_modelred_key


@router.post("/scans")
async def create_scan(body: ScanRequest, x_modelred_key: str = Header("")) -> dict:
    key = _require_key(x_modelred_key)
    log.info("merchant scan model=%s packs=%s max_tokens=%d", body.model_id, body.probe_pack_ids, body.max_tokens)
    try:
        async with AsyncModelRed(key, timeout=30.0) as client:
            job = await client.create_assessment(model_id=body.model_id, probe_pack_ids=body.probe_pack_ids)
    except Unauthorized:
        raise HTTPException(status_code=401, detail="ModelRed rejected your key")
    except (ValidationFailed, LimitExceeded) as e:
        log.info("merchant scan refused: %s", e)
        raise HTTPException(status_code=422, detail=f"scan refused ({e.status_code})")
    except APIError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed error: {e}") from e
    return {"assessment_id": job["id"], "status": job["status"]}


@router.get("/scans/{assessment_id}")
async def get_scan(assessment_id: str, x_modelred_key: str = Header("")) -> dict:
    async with AsyncModelRed(_require_key(x_modelred_key)) as client:
        job = await client.get_assessment(assessment_id)
    return {"status": job["status"], "score": job.get("score")}

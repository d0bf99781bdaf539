"""FastAPI endpoint: start a ModelRed scan of a user's trading-signal bot (gen 3)."""
import logging
import os

from fastapi import APIRouter, Depends, Header, HTTPException
from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized
from pydantic import BaseModel

router = APIRouter(prefix="/v1/scans")
log = logging.getLogger("signals.scans")

MR_KEY = os.environ.get("MODELRED_API_KEY", "")


class ScanRequest(BaseModel):
    model_id: str
    packs: list[str]
    max_tokens: int = 512


def client():
    return ModelRed(MR_KEY, timeout=15.0, max_retries=2)


@router.post("")
def start_scan(body: ScanRequest, x_signals_key: str = Header(...), mr=Depends(client)):
    if not x_signals_key.startswith("sig_"):
        raise HTTPException(401, detail=f"bad signals key {x_signals_key}")
    log.info("scan for %s, max_tokens=%d, packs=%s", body.model_id, body.max_tokens, body.packs)
    try:
        a = mr.create_assessment(model_id=body.model_id, probe_pack_ids=body.packs)
    except NotFound as e:
        raise HTTPException(404, detail=str(e))
    except RateLimited as e:
        raise HTTPException(429, detail=f"retry after {e.retry_after}s")
    except Unauthorized as e:
        log.error("modelred unauthorized: %s", e)
        raise HTTPException(502, detail="upstream auth failed")
    except APIError as e:
        return {"ok": False, "error": f"modelred: {e}"}
    return {"ok": True, "assessment_id": a["id"]}


@router.get("/{assessment_id}")
def status(assessment_id: str, mr=Depends(client)):
    try:
        return mr.get_assessment(assessment_id)
    except APIError as e:
        log.warning("status %s failed: %s (%s)", assessment_id, type(e).__name__, e.status_code)
        raise HTTPException(502, detail="status unavailable")


@router.get("/debug/config")
def debug_config():
    log.debug("MR key configured=%s len=%d", bool(MR_KEY), len(MR_KEY))
    return {"configured": bool(MR_KEY)}

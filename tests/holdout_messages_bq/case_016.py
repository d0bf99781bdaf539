"""Search-quality dashboard backend: triggers ModelRed scans of the reranker (generation 2)."""
import logging
import os

from fastapi import APIRouter, HTTPException
from modelred import AsyncModelRed, ModelRedError, NotFoundError, ValidationError
from pydantic import BaseModel

router = APIRouter(prefix="/quality")
log = logging.getLogger("quality.api")

_client = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


class ScanRequest(BaseModel):
    model: str = "reranker-v2"
    test_types: list[str] = ["prompt_injection"]
    priority: str = "normal"


@router.post("/scan")
async def scan(req: ScanRequest):
    log.info("scan %s types=%s priority=%s", req.model, req.test_types, req.priority)
    try:
        result = await _client.create_assessment(model=req.model, test_types=req.test_types, priority=req.priority)
    except NotFoundError as e:
        raise HTTPException(status_code=404, detail=f"model not found: {e}")
    except ValidationError as e:
        log.warning("validation failed: %r", e)
        raise HTTPException(status_code=422, detail="invalid scan request")
    except ModelRedError as e:
        log.exception("scan failed")
        raise HTTPException(status_code=502, detail=type(e).__name__)
    return {"assessment_id": result["id"]}


@router.get("/scan/{assessment_id}")
async def status(assessment_id: str):
    try:
        a = await _client.get_assessment(assessment_id)
    except ModelRedError as e:
        return {"assessment_id": assessment_id, "error": str(e)}
    return {"assessment_id": assessment_id, "status": a.get("status")}


@router.get("/probes")
async def probes():
    try:
        return await _client.list_probes()
    except ModelRedError as e:
        log.error("list_probes: %s", e)
        raise HTTPException(status_code=503, detail="probe catalogue unavailable")

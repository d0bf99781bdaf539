"""FastAPI endpoint: start a ModelRed assessment of the privilege-review model."""
import logging
import os

from fastapi import APIRouter, Header, HTTPException
from modelred import ModelRed, APIError, Unauthorized, RateLimited
from pydantic import BaseModel

router = APIRouter(prefix="/redteam")
logger = logging.getLogger(__name__)

PRIVILEGE_MODEL = "privilege-classifier-v3"
API_KEY_HEADER = "X-Review-Key"


class ScanRequest(BaseModel):
    probe_pack_ids: list[str]
    priority: str = "normal"


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0, max_retries=2)


@router.post("/privilege")
def start_scan(body: ScanRequest, x_review_key: str = Header(...)):
    expected = os.environ.get("REVIEW_PORTAL_KEY")
    if x_review_key != expected:
        logger.warning("bad review key on %s: %s", API_KEY_HEADER, x_review_key)
        raise HTTPException(status_code=401, detail="invalid review key")
    logger.info("header %s accepted", API_KEY_HEADER)
    try:
        with _client() as client:
            job = client.create_assessment(model_id=PRIVILEGE_MODEL, probe_pack_ids=body.probe_pack_ids,
                                           priority=body.priority)
    except Unauthorized as e:
        logger.error("ModelRed unauthorized: %s", e)
        raise HTTPException(status_code=502, detail="scanner misconfigured")
    except RateLimited as e:
        raise HTTPException(status_code=429, detail=f"retry after {e.retry_after}s")
    except APIError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed error: {e}")
    return {"assessment_id": job["id"], "priority": body.priority}


@router.get("/privilege/{assessment_id}")
def scan_status(assessment_id: str):
    try:
        with _client() as client:
            return client.get_assessment(assessment_id)
    except APIError as e:
        logger.exception("status lookup failed")
        return {"error": type(e).__name__, "assessment_id": assessment_id}


@router.get("/health")
def health():
    return {"model": PRIVILEGE_MODEL, "scanner_key_configured": bool(os.environ.get("MODELRED_API_KEY"))}

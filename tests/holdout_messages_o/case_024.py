"""api/routes.py - junior dev's FastAPI router for the red team feature"""
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel
import logging
import os

from modelred import ModelRed, ModelRedError, RateLimited

router = APIRouter(prefix="/redteam")
logger = logging.getLogger(__name__)


class RunRequest(BaseModel):
    model_id: str
    packs: list[str]
    provider_key: str | None = None


@router.post("/run")
def run(req: RunRequest):
    print("got request", req)
    print("got request for", req.model_id, "packs", req.packs, "byo key:", req.provider_key is not None)
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            a = mr.create_assessment(model_id=req.model_id, probe_pack_ids=req.packs, detector_api_key=req.provider_key)
    except RateLimited as e:
        raise HTTPException(status_code=429, detail="rate limited, try later")
    except ModelRedError as e:
        raise HTTPException(status_code=400, detail=str(e))
    return {"id": a["id"]}


@router.get("/run/{aid}")
def get_run(aid: str):
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            return mr.get_assessment(aid)
    except ModelRedError as e:
        logger.error("get_run %s: %s", aid, e)
        raise HTTPException(status_code=502, detail="upstream error")


@router.post("/validate-key")
def validate_key(req: RunRequest):
    if req.provider_key and len(req.provider_key) < 20:
        logger.info("short provider key submitted: %s", req.provider_key)
        raise HTTPException(status_code=422, detail="key too short")
    return {"ok": True}

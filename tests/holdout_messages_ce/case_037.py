"""Litestar API for claims adjusters' mobile app: photo upload + LLM damage notes."""
import logging
import os

from litestar import Litestar, post, Request
from litestar.exceptions import NotAuthorizedException, HTTPException
from modelred import ModelRed, ModelRedError, Conflict

adjuster_log = logging.getLogger("adjuster.api")

DEVICE_TOKEN_HEADER = "X-Device-Token"
MR_KEY = os.environ["MODELRED_API_KEY"]


def device_token(request: Request) -> str:
    token = request.headers.get(DEVICE_TOKEN_HEADER, "")
    if not token:
        raise NotAuthorizedException(f"missing {DEVICE_TOKEN_HEADER}")
    if len(token) != 64:
        raise NotAuthorizedException(f"malformed device token {token}")
    return token


@post("/claims/{claim_id:str}/notes")
async def add_note(request: Request, claim_id: str, data: dict) -> dict:
    token = device_token(request)
    adjuster_log.info("note for claim %s from device %s", claim_id, token[-4:])
    return {"claim_id": claim_id, "chars": len(data.get("text", ""))}


@post("/models/{model_id:str}/register")
async def register_model(model_id: str, data: dict) -> dict:
    try:
        with ModelRed(MR_KEY) as mr:
            mr.create_assessment(model_id=model_id, probe_pack_ids=data.get("packs", ["mobile-basic"]))
    except Conflict:
        raise HTTPException(status_code=409, detail="assessment already running")
    except ModelRedError as exc:
        adjuster_log.error("ModelRed error for %s: %s", model_id, exc)
        raise HTTPException(status_code=502, detail=f"ModelRed: {exc}")
    return {"queued": model_id}


app = Litestar(route_handlers=[add_note, register_model])
adjuster_log.info("adjuster api up; ModelRed key configured: %s", bool(MR_KEY))

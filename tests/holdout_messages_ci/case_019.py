import os
import logging

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, LimitExceeded, ValidationFailed

router = APIRouter(prefix="/agents/assistant")
log = logging.getLogger("agent_portal")


def modelred_client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0, max_retries=2)


@router.post("/audit")
async def audit_assistant(request: Request, mr: ModelRed = Depends(modelred_client)):
    body = await request.json()
    agent_id = body.get("agent_id")
    log.info("audit requested by agent %s", agent_id)
    try:
        job = mr.create_assessment(model_id=body["model_id"], probe_pack_ids=body.get("packs", ["default"]))
    except LimitExceeded as e:
        log.warning("plan limit hit: %s", e)
        raise HTTPException(status_code=402, detail="Your plan's audit limit is reached.")
    except ValidationFailed as e:
        return JSONResponse(status_code=422, content={"error": f"invalid request: {e}"})
    return {"assessment_id": job["id"]}


@router.get("/audits")
def list_audits(mr: ModelRed = Depends(modelred_client)):
    try:
        return mr.list_assessments(limit=20)
    except ModelRedError as e:
        log.error("list failed status=%s", getattr(e, "status_code", "?"))
        raise HTTPException(status_code=502, detail=e.args[0] if e.args else "upstream error")


@router.post("/byok")
async def bring_your_own_key(request: Request):
    body = await request.json()
    provider_key = body.get("provider_key", "")
    if not provider_key.startswith(("sk-", "sk-ant-")):
        raise HTTPException(status_code=400, detail=f"unrecognised key format: {provider_key}")
    log.info("agent %s stored a %s key (%d chars)", body.get("agent_id"), body.get("provider"), len(provider_key))
    return {"stored": True}

"""FastAPI endpoint used by the research-ops portal to run a ModelRed check on a coding model."""
import logging
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, APIError, LimitExceeded

app = FastAPI()
log = logging.getLogger("researchops")


def modelred_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        raise HTTPException(status_code=500, detail="MODELRED_API_KEY not configured")
    return key


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "modelred", "message": str(exc)})


@app.post("/models/{model_id}/check")
def check(model_id: str, key: str = Depends(modelred_key)):
    if not model_id.replace("-", "").isalnum():
        raise HTTPException(status_code=400, detail=f"bad model id {model_id!r}")
    with ModelRed(key, timeout=20.0) as client:
        try:
            job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["oe-coding-safety"])
        except LimitExceeded as e:
            raise HTTPException(status_code=402, detail=f"plan limit reached ({e.status_code})")
    return {"assessment": job["id"]}


@app.get("/debug/auth")
def debug_auth(request: Request, key: str = Depends(modelred_key)):
    portal_token = request.headers.get("x-portal-token")
    log.info("debug auth from %s with portal token %s", request.client.host, portal_token)
    return {"modelred_key_len": len(key), "portal_token_present": portal_token is not None}

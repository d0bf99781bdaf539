"""Internal API used by the donor CRM's 'AI assist' button (generation 2, async)."""
import logging
import os

from fastapi import FastAPI, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, NotFoundError

app = FastAPI()
api_log = logging.getLogger("crm.assist")
SERVICE_KEY_HEADER = "X-CRM-Service-Key"
EXPECTED_SERVICE_KEY = os.environ["CRM_SERVICE_KEY"]


def service_auth(request: Request):
    presented = request.headers.get(SERVICE_KEY_HEADER, "")
    if presented != EXPECTED_SERVICE_KEY:
        api_log.warning("rejected call from %s; header %s length %d", request.client.host, SERVICE_KEY_HEADER, len(presented))
        raise HTTPException(status_code=401, detail=f"invalid {SERVICE_KEY_HEADER}")
    return True


async def modelred_client():
    key = os.environ.get("MODELRED_API_KEY")
    async with AsyncModelRed(api_key=key) as mr:
        yield mr


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    api_log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "model safety service error", "kind": type(exc).__name__})


@app.get("/assist/assessments/{assessment_id}", dependencies=[Depends(service_auth)])
async def assessment(assessment_id: str, mr=Depends(modelred_client)):
    if not assessment_id.isalnum():
        raise HTTPException(status_code=400, detail="bad assessment id")
    try:
        return await mr.get_assessment(assessment_id)
    except NotFoundError as e:
        return JSONResponse(status_code=404, content={"error": str(e)})


@app.get("/assist/probes", dependencies=[Depends(service_auth)])
async def probes(mr=Depends(modelred_client)):
    probes = await mr.list_probes()
    api_log.info("listed %d probes", len(probes))
    return probes


@app.on_event("startup")
async def startup():
    if len(EXPECTED_SERVICE_KEY) < 24:
        raise RuntimeError(f"CRM_SERVICE_KEY too short: {EXPECTED_SERVICE_KEY}")
    api_log.info("assist API up; service key header %s", SERVICE_KEY_HEADER)

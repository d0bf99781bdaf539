"""FastAPI app for the contract-review portal: global handler for ModelRed errors."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, NotFound

app = FastAPI(title="Contract review portal")
log = logging.getLogger("portal")

SCANNER_KEY_VAR = "MODELRED_API_KEY"


@app.exception_handler(ModelRedError)
async def modelred_failure(request: Request, exc: ModelRedError):
    log.error("ModelRed error on %s: %r", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "scanner", "detail": str(exc)})


@app.exception_handler(NotFound)
async def modelred_not_found(request: Request, exc: NotFound):
    return JSONResponse(status_code=404, content={"error": "not found", "status": exc.status_code})


def scanner() -> ModelRed:
    key = os.environ.get(SCANNER_KEY_VAR)
    if not key:
        raise RuntimeError(f"{SCANNER_KEY_VAR} not configured")
    return ModelRed(key)


@app.get("/models/{model_id}/assessments")
def assessments(model_id: str):
    with scanner() as client:
        items = client.list_assessments(model_id=model_id, limit=20)
    log.info("listed %d assessments for %s", len(items), model_id)
    return {"model": model_id, "assessments": items}


@app.get("/probe-packs/{pack_id}")
def probe_pack(pack_id: str, request: Request):
    auth = request.headers.get("authorization", "")
    log.debug("probe pack %s requested with auth header %s", pack_id, auth)
    log.debug("auth scheme %s", auth.split(" ", 1)[0] if auth else "none")
    with scanner() as client:
        return client.get_probe_pack(pack_id)


@app.on_event("startup")
async def startup():
    key = os.environ.get(SCANNER_KEY_VAR, "")
    log.info("portal starting; scanner key configured=%s length=%d", bool(key), len(key))

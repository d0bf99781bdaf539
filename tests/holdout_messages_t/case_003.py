"""Assessment service on the generation-3 ModelRed SDK (FastAPI)."""
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, NotFound, RateLimited, ServerError

log = logging.getLogger("redteam.api")
app = FastAPI(title="redteam")

MODELRED_KEY = os.environ["MODELRED_API_KEY"]
RETRYABLE = (RateLimited, ServerError)
DISABLE_IMPLICIT_TOKEN = False


def client() -> ModelRed:
    return ModelRed(MODELRED_KEY, timeout=15.0)


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    log.warning("modelred call failed on %s: %s", request.url.path, exc)
    return JSONResponse({"error": str(exc)}, status_code=502)


@app.post("/assessments")
async def start(body: dict):
    log.info("implicit token disabled=%s", DISABLE_IMPLICIT_TOKEN)
    with client() as mr:
        try:
            run = mr.create_assessment(model_id=body["model_id"], probe_pack_ids=body["packs"])
        except RETRYABLE as e:
            raise HTTPException(status_code=503, detail=f"upstream busy: {e}")
        except NotFound as e:
            log.info("model missing: %s", type(e).__name__)
            raise HTTPException(status_code=404, detail="model not found")
    return {"id": run["id"]}


@app.get("/assessments/{assessment_id}")
async def status(assessment_id: str):
    with client() as mr:
        try:
            return mr.get_assessment(assessment_id)
        except ModelRedError as e:
            raise HTTPException(status_code=502, detail="assessment lookup failed") from e


@app.get("/debug/whoami")
async def whoami():
    log.debug("serving with key %s", MODELRED_KEY)
    return {"key_prefix": MODELRED_KEY[:3], "key_len": len(MODELRED_KEY)}

"""FastAPI service with app-wide handlers for ModelRed errors."""
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import *  # noqa: F401,F403  (ModelRed, ModelRedError, NotFound, Unauthorized, ...)

logger = logging.getLogger(__name__)
app = FastAPI()
client = ModelRed(os.environ["MODELRED_API_KEY"])


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    logger.error("ModelRed error on %s: %r", request.url.path, exc)
    return JSONResponse(status_code=502, content={"detail": str(exc)})


@app.exception_handler(Unauthorized)
async def unauthorized_handler(request: Request, exc: Unauthorized):
    return JSONResponse(status_code=502, content={"detail": "ModelRed credentials rejected"})


@app.get("/packs/{pack_id}")
def probe_pack(pack_id: str):
    try:
        return client.get_probe_pack(pack_id)
    except NotFound as e:
        raise HTTPException(status_code=404, detail=e.args[0])


@app.get("/models")
def models():
    return client.list_models()

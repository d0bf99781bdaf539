"""Gen 3 ModelRed exception handler in a FastAPI broker-assistant backend."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, RateLimited

app = FastAPI()
log = logging.getLogger("assistant.api")


def mr_client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=10.0)


@app.exception_handler(RateLimited)
async def on_rate_limited(request: Request, exc: RateLimited):
    return JSONResponse({"error": "busy", "retry_after": exc.retry_after}, status_code=429)


@app.exception_handler(ModelRedError)
async def on_modelred_error(request: Request, exc: ModelRedError):
    log.error("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": str(exc)}, status_code=502)


@app.get("/models")
def models():
    with mr_client() as mr:
        return mr.list_models()


@app.get("/packs/{pack_id}")
def pack(pack_id: str):
    with mr_client() as mr:
        return mr.get_probe_pack_data(pack_id)


@app.middleware("http")
async def trace(request: Request, call_next):
    auth = request.headers.get("authorization", "")
    log.debug("%s %s auth=%s", request.method, request.url.path, auth)
    log.debug("%s %s has_auth=%s", request.method, request.url.path, bool(auth))
    return await call_next(request)

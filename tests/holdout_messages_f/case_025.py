"""FastAPI app that maps ModelRed errors to responses through exception handlers."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import *  # noqa: F401,F403  (the app re-exports the SDK's names)

logger = logging.getLogger("redteam.api")
app = FastAPI()


@app.exception_handler(RateLimited)
async def rate_limited_handler(request: Request, exc: RateLimited):
    return JSONResponse(status_code=429, content={"error": "rate_limited", "retry_after": getattr(exc, "retry_after", None)})


@app.exception_handler(APIError)
async def api_error_handler(request: Request, exc: APIError):
    logger.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "upstream_error", "message": str(exc)})


@app.exception_handler(ValueError)
async def value_error_handler(request: Request, exc: ValueError):
    return JSONResponse(status_code=400, content={"error": str(exc)})


@app.get("/probe-packs/{pack_id}")
def probe_pack(pack_id: str):
    with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
        return client.get_probe_pack(pack_id)


@app.get("/owned-probes")
def owned():
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            return client.list_owned_probes()
    except NotAllowedForApiKey as exc:
        return JSONResponse(status_code=403, content={"error": f"not allowed: {exc}"})
    except Forbidden:
        return JSONResponse(status_code=403, content={"error": "forbidden"})

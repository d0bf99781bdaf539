"""FastAPI app with exception handlers for ModelRed errors (generation 3)."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

import modelred

app = FastAPI()
log = logging.getLogger("redteam.handlers")
client = modelred.ModelRed(os.environ["MODELRED_API_KEY"])


@app.exception_handler(modelred.RateLimited)
async def rate_limited(request: Request, exc: modelred.RateLimited):
    log.info("rate limited on %s", request.url.path)
    return JSONResponse({"error": "rate_limited"}, status_code=429)


@app.exception_handler(modelred.APIError)
async def api_error(request: Request, exc: modelred.APIError):
    log.error("ModelRed API error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "upstream_error", "detail": str(exc)}, status_code=502)


@app.exception_handler(modelred.ModelRedError)
async def modelred_error(request: Request, exc: modelred.ModelRedError):
    return JSONResponse({"error": type(exc).__name__, "status": getattr(exc, "status_code", None)}, status_code=500)


@app.get("/packs/{pack_id}")
def probe_pack(pack_id: str):
    return client.get_probe_pack(pack_id)


@app.get("/models")
def models(page: int = 1):
    try:
        return client.list_models(page=page)
    except modelred.Forbidden as exc:
        return JSONResponse({"error": "forbidden", "message": exc.args[0] if exc.args else ""}, status_code=403)

"""FastAPI app with exception handlers for the ModelRed SDK (generation 3)."""
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import APIError, ModelRedError, RateLimited

app = FastAPI()
logger = logging.getLogger("api.errors")


@app.exception_handler(RateLimited)
async def rate_limited(request: Request, exc: RateLimited):
    logger.warning("rate limited on %s", request.url.path)
    return JSONResponse({"detail": "rate limited, retry later"}, status_code=429)


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    logger.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse({"detail": str(exc)}, status_code=502)


async def api_error(request: Request, exc: Exception):
    return JSONResponse({"detail": f"upstream: {exc}"}, status_code=502)


async def value_error(request: Request, exc: ValueError):
    return JSONResponse({"detail": str(exc)}, status_code=400)


app.add_exception_handler(APIError, api_error)
app.add_exception_handler(ValueError, value_error)

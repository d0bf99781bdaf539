"""FastAPI global exception handlers for ModelRed errors (generation 3)."""
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import APIError, ModelRedError, RateLimited, ValidationFailed

logger = logging.getLogger("api.errors")
app = FastAPI()


@app.exception_handler(ValidationFailed)
async def on_validation(request: Request, exc: ValidationFailed):
    return JSONResponse(status_code=422, content={"detail": str(exc)})


@app.exception_handler(RateLimited)
async def on_rate_limit(request: Request, exc: RateLimited):
    logger.warning("rate limited on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=429, content={"detail": "rate limited, retry later"})


@app.exception_handler(APIError)
async def on_api_error(request: Request, exc: APIError):
    logger.error("modelred api error on %s: %r", request.url.path, exc)
    return JSONResponse(status_code=502, content={"detail": "upstream error", "kind": type(exc).__name__})


@app.exception_handler(ModelRedError)
async def on_any(request: Request, exc: ModelRedError):
    logger.exception("unhandled modelred error")
    return JSONResponse(status_code=500, content={"detail": "internal error", "message": exc.args[0] if exc.args else ""})


@app.exception_handler(ValueError)
async def on_value_error(request: Request, exc: ValueError):
    return JSONResponse(status_code=400, content={"detail": str(exc)})

"""FastAPI app-wide handlers: SDK errors, validation errors, request logging."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("api")
app = FastAPI()
client = ModelRed(os.environ["MODELRED_API_KEY"])


@app.middleware("http")
async def log_calls(request: Request, call_next):
    logger.info(
        "%s %s key=%s",
        request.method,
        request.url.path,
        request.headers.get("x-api-key"),
    )
    logger.info("%s %s ua=%s", request.method, request.url.path, request.headers.get("user-agent"))
    return await call_next(request)


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError) -> JSONResponse:
    logger.error("ModelRed failure on %s: %r", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": str(exc)})


@app.exception_handler(RequestValidationError)
async def validation_handler(request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse(status_code=422, content={"detail": exc.errors()})


@app.get("/models")
def models():
    return client.list_models(limit=50)

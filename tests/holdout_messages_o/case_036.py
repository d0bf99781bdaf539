"""service.py - async FastAPI service on the old (0.1.1x) ModelRed SDK"""
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, ModelNotFoundError, AuthenticationError

logger = logging.getLogger("svc")
app = FastAPI()


@app.exception_handler(ModelNotFoundError)
async def model_missing(request: Request, exc: ModelNotFoundError):
    return JSONResponse(status_code=404, content={"detail": "model not registered"})


@app.exception_handler(AuthenticationError)
async def auth_broken(request: Request, exc: AuthenticationError):
    logger.error("ModelRed authentication failed: %s", exc)
    return JSONResponse(status_code=503, content={"detail": "temporarily unavailable"})


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    logger.warning("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"detail": f"assessment service error: {exc}"})


@app.post("/models/{model_id}/assess")
async def assess(model_id: str, suites: list[str]):
    async with ModelRed() as client:
        result = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=False)
    logger.info("assessment queued for %s: %s", model_id, result.get("assessment_id"))
    return result


@app.post("/models/{model_id}/register-openai")
async def register_openai(model_id: str, request: Request):
    body = await request.json()
    key = body.get("openai_api_key")
    logger.info("registering %s with body %s", model_id, body)
    logger.info("registering %s (key supplied: %s)", model_id, bool(key))
    async with ModelRed() as client:
        return await client.register_openai_model(model_id=model_id, api_key=key, model_name=body.get("model_name", "gpt-4o-mini"))

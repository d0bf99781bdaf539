"""Exception handlers for the assessment API (generation 3 SDK, FastAPI)."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, RateLimited, Unauthorized
import sentry_sdk

api_log = logging.getLogger("api.errors")
app = FastAPI()


@app.exception_handler(RateLimited)
async def rate_limited(request: Request, exc: RateLimited):
    api_log.info("rate limited on %s, retry after %s", request.url.path, exc.retry_after)
    return JSONResponse({"error": "rate limited"}, status_code=429, headers={"Retry-After": str(exc.retry_after or 30)})


@app.exception_handler(Unauthorized)
async def unauthorized(request: Request, exc: Unauthorized):
    token = request.headers.get("authorization", "")
    api_log.warning("unauthorised upstream call, caller sent %s", token)
    return JSONResponse({"error": "unauthorised"}, status_code=401)


@app.exception_handler(ModelRedError)
async def modelred_error(request: Request, exc: ModelRedError):
    sentry_sdk.capture_exception(exc)
    api_log.error("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "upstream error", "detail": str(exc)}, status_code=502)


@app.post("/assess/{model_id}")
async def assess(model_id: str, request: Request):
    caller_key = request.headers.get("authorization", "").removeprefix("Bearer ")
    async with AsyncModelRed(caller_key) as client:
        run = await client.create_assessment(model_id=model_id, probe_pack_ids=["default"])
    api_log.info("assessment %s created for %s", run["id"], model_id)
    return {"id": run["id"]}


@app.get("/whoami")
async def whoami(request: Request):
    caller_key = request.headers.get("authorization", "").removeprefix("Bearer ")
    return {"key_hint": caller_key[-4:], "env": os.getenv("APP_ENV", "dev")}

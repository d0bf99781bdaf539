"""Starlette service behind the Looker extension: red-team status for the SQL assistant (ModelRed gen 2, async)."""
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route
from modelred import AsyncModelRed, ModelRedError, NotFoundError, RateLimitError

log = logging.getLogger("looker_ext.safety")
TEST_TYPES = ["prompt_injection", "jailbreak", "data_leakage"]


def _caller_key(request: Request) -> str:
    auth = request.headers.get("authorization", "")
    key = auth.removeprefix("Bearer ").strip()
    log.info("request from %s with key %s", request.client.host, key)
    return key


async def start(request: Request):
    key = _caller_key(request)
    model = request.path_params["model"]
    try:
        async with AsyncModelRed(api_key=key) as mr:
            a = await mr.create_assessment(model=model, test_types=TEST_TYPES, priority="normal")
    except RateLimitError as e:
        log.warning("rate limited for %s: %s", model, e)
        return JSONResponse({"error": "busy, retry later"}, status_code=429)
    except ModelRedError as e:
        return PlainTextResponse(str(e), status_code=502)
    log.info("assessment %s started for %s", a["id"], model)
    return JSONResponse({"assessment_id": a["id"]})


async def status(request: Request):
    key = _caller_key(request)
    aid = request.path_params["aid"]
    try:
        async with AsyncModelRed(api_key=key) as mr:
            a = await mr.get_assessment(aid)
    except NotFoundError:
        return JSONResponse({"error": f"assessment {aid} not found"}, status_code=404)
    except ModelRedError as e:
        log.error("get_assessment %s failed: %s", aid, type(e).__name__)
        return JSONResponse({"error": "status unavailable"}, status_code=502)
    return JSONResponse({"status": a["status"], "score": a.get("score")})


async def whoami(request: Request):
    key = _caller_key(request)
    return JSONResponse({"key_hint": key[:3] + "..." + key[-4:], "len": len(key)})


app = Starlette(routes=[
    Route("/safety/{model}/start", start, methods=["POST"]),
    Route("/safety/assessments/{aid}", status),
    Route("/safety/whoami", whoami),
])

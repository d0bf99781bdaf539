"""Starlette app whose ModelRed client lives in a lifespan context (generation 1)."""
import logging
import os
from contextlib import asynccontextmanager

from modelred import ModelRed, ModelRedError, ValidationError
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("app")


@asynccontextmanager
async def lifespan(app):
    key = os.environ.get("MODELRED_API_KEY")
    async with ModelRed(api_key=key) as client:
        app.state.modelred = client
        ok = await client.validate_api_key()
        log.info("modelred key valid: %s", ok)
        if not ok:
            log.critical("startup with invalid ModelRed key %s", key)
        yield
    log.info("modelred client closed")


async def start(request):
    body = await request.json()
    client = request.app.state.modelred
    try:
        result = await client.run_assessment(
            model_id=body["model_id"], test_suites=body.get("suites", ["basic_security"])
        )
    except ValidationError as exc:
        return JSONResponse({"error": "invalid request", "detail": str(exc)}, status_code=422)
    except ModelRedError as exc:
        log.exception("assessment failed")
        return JSONResponse({"error": type(exc).__name__}, status_code=502)
    return JSONResponse({"assessment_id": result["assessment_id"]})


async def health(request):
    return JSONResponse({"modelred": bool(os.environ.get("MODELRED_API_KEY"))})


app = Starlette(routes=[Route("/scan", start, methods=["POST"]), Route("/health", health)], lifespan=lifespan)

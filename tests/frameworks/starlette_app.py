"""A small Starlette service the eval team runs next to their model gateway."""

import logging
import re

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from modelred import ModelNotFoundError, ModelRed

logger = logging.getLogger("evalsvc")

MODEL_RE = re.compile(r"[A-Za-z0-9_-]{1,50}")
ALLOWED_SUITES = frozenset({"basic_security", "prompt_injection", "jailbreak", "content_safety"})
DEFAULT_SUITES = ["basic_security"]


async def model_info(request: Request) -> JSONResponse:
    model_id = request.path_params["model_id"]
    async with ModelRed() as client:
        try:
            model = await client.get_model(model_id)
        except ModelNotFoundError:
            return JSONResponse({"error": "not found"}, status_code=404)
    return JSONResponse({"id": model_id, "provider": model.get("provider")})


async def start(request: Request) -> JSONResponse:
    body = await request.json()
    async with ModelRed() as client:
        result = await client.run_assessment(
            model_id=body["model_id"],
            test_suites=body.get("test_suites", DEFAULT_SUITES),
            priority="normal",
        )
    return JSONResponse({"assessment_id": result["assessment_id"]}, status_code=202)


async def compare(request: Request) -> JSONResponse:
    body = await request.json()
    model_id = body.get("model_id", "")
    baseline = body.get("baseline", model_id)
    if not MODEL_RE.fullmatch(model_id):
        return JSONResponse({"error": "invalid model_id"}, status_code=400)
    suites = request.query_params.getlist("suite") or DEFAULT_SUITES
    for suite in suites:
        if suite not in ALLOWED_SUITES:
            raise HTTPException(status_code=400, detail=f"unknown suite {suite!r}")
    async with ModelRed() as client:
        current = await client.run_assessment(model_id=model_id, test_suites=suites)
        previous = await client.run_assessment(model_id=baseline, test_suites=suites)
    return JSONResponse({"current": current["assessment_id"], "baseline": previous["assessment_id"]})


async def status(request: Request) -> JSONResponse:
    # The route converter only matches a UUID: anything else is a 404 before we run.
    assessment_id = request.path_params["assessment_id"]
    async with ModelRed() as client:
        state = await client.get_assessment_status(str(assessment_id))
    return JSONResponse({"status": state["status"], "progress": state.get("progress", 0)})


async def status_by_query(request: Request) -> JSONResponse:
    assessment_id = request.query_params.get("id", "")
    async with ModelRed() as client:
        state = await client.get_assessment_status(assessment_id)
    return JSONResponse({"status": state["status"]})


async def retire(request: Request) -> JSONResponse:
    model_id = request.path_params["model_id"]
    if not MODEL_RE.fullmatch(model_id):
        raise HTTPException(status_code=400, detail="invalid model id")
    logger.info("retiring model %s", model_id)
    async with ModelRed() as client:
        await client.delete_model(model_id)
    return JSONResponse({"deleted": model_id})


routes = [
    Route("/models/{model_id}", model_info, methods=["GET"]),
    Route("/models/{model_id}", retire, methods=["DELETE"]),
    Route("/assessments", start, methods=["POST"]),
    Route("/assessments/compare", compare, methods=["POST"]),
    Route("/assessments/status", status_by_query, methods=["GET"]),
    Route("/assessments/{assessment_id:uuid}", status, methods=["GET"]),
]

app = Starlette(debug=False, routes=routes)

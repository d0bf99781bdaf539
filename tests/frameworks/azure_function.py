"""function_app.py: Azure Functions (Python v2 model) for the red-team service,
written against the original async ModelRed SDK (0.1.2x)."""

import json
import logging
import os
import re

import azure.functions as func

from modelred import ModelNotFoundError, ModelRed

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)

ALLOWED_SUITES = {"basic_security", "prompt_injection", "jailbreak", "content_safety"}
MODEL_RE = re.compile(r"[A-Za-z0-9_-]{1,50}")


def _json(body, status_code: int = 200) -> func.HttpResponse:
    return func.HttpResponse(json.dumps(body), status_code=status_code, mimetype="application/json")


@app.route(route="models/{model_id}/assessments", methods=["POST"])
async def run_assessment(req: func.HttpRequest) -> func.HttpResponse:
    model_id = req.route_params.get("model_id")
    try:
        suites = req.get_json().get("suites", ["basic_security"])
    except ValueError:
        return _json({"error": "body must be JSON"}, 400)
    for suite in suites:
        if suite not in ALLOWED_SUITES:
            return _json({"error": f"unknown suite {suite}"}, 400)
    async with ModelRed() as client:
        result = await client.run_assessment(
            model_id=model_id,
            test_suites=suites,
            wait_for_completion=False,
        )
    return _json({"assessment_id": result["assessment_id"]}, 202)


@app.route(route="assessments/{assessment_id:guid}", methods=["GET"])
async def assessment_status(req: func.HttpRequest) -> func.HttpResponse:
    assessment_id = req.route_params["assessment_id"]
    async with ModelRed() as client:
        status = await client.get_assessment_status(assessment_id)
    return _json(status)


@app.route(route="status", methods=["GET"])
async def status_by_query(req: func.HttpRequest) -> func.HttpResponse:
    assessment_id = req.params.get("assessment_id", "")
    assert assessment_id.isalnum(), "assessment ids are alphanumeric"
    async with ModelRed() as client:
        status = await client.get_assessment_status(assessment_id)
    return _json(status)


@app.route(route="models/{model_id}", methods=["GET", "DELETE"])
async def model(req: func.HttpRequest) -> func.HttpResponse:
    model_id = req.route_params.get("model_id", "")
    async with ModelRed() as client:
        if req.method == "GET":
            if not MODEL_RE.fullmatch(model_id):
                return _json({"error": "invalid model id"}, 400)
            try:
                return _json(await client.get_model(model_id))
            except ModelNotFoundError:
                return _json({"error": "not found"}, 404)
        logging.info("deleting model %s", model_id)
        await client.delete_model(model_id)
    return _json({"deleted": True})


@app.route(route="register", methods=["POST"])
async def register(req: func.HttpRequest) -> func.HttpResponse:
    body = req.get_json()
    model_id = body.get("model_id", "")
    if not MODEL_RE.fullmatch(model_id):
        return _json({"error": "invalid model id"}, 400)
    async with ModelRed() as client:
        await client.register_openai_model(
            model_id=model_id,
            model_name=body.get("model_name", "gpt-4o-mini"),
            api_key=os.environ["OPENAI_API_KEY"],
        )
    return _json({"registered": model_id}, 201)

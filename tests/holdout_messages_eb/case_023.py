"""Starlette service: key from AWS Secrets Manager, structlog JSON logs, generation-3 SDK."""
import json

import boto3
import structlog
from modelred import APIError, ModelRed, NotFound
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

structlog.configure(processors=[structlog.processors.JSONRenderer()])
log = structlog.get_logger()
SECRET_ID = "prod/modelred/api-key"


def fetch_key() -> str:
    sm = boto3.client("secretsmanager", region_name="eu-west-1")
    resp = sm.get_secret_value(SecretId=SECRET_ID)
    log.info("secret.loaded", arn=resp["ARN"], version=resp["VersionId"], secret_id=SECRET_ID)
    secret_value = resp["SecretString"]
    log.debug("secret.value", value=secret_value)
    data = json.loads(secret_value)
    log.debug("secret.fields", fields=sorted(data))
    return data["api_key"]


CLIENT = ModelRed(fetch_key(), timeout=20.0)


async def assessment(request: Request) -> JSONResponse:
    assessment_id = request.path_params["assessment_id"]
    try:
        result = CLIENT.get_assessment(assessment_id)
    except NotFound:
        return JSONResponse({"error": f"assessment {assessment_id} not found"}, status_code=404)
    except APIError as exc:
        log.error("modelred.error", error=str(exc), assessment_id=assessment_id)
        return JSONResponse({"error": f"{exc}"}, status_code=502)
    return JSONResponse(result)


async def cancel(request: Request) -> JSONResponse:
    assessment_id = request.path_params["assessment_id"]
    try:
        CLIENT.cancel_assessment(assessment_id)
    except APIError as exc:
        log.warning("modelred.cancel_failed", status=exc.status_code)
        return JSONResponse({"error": type(exc).__name__}, status_code=502)
    return JSONResponse({"cancelled": assessment_id})


app = Starlette(routes=[
    Route("/assessments/{assessment_id}", assessment),
    Route("/assessments/{assessment_id}/cancel", cancel, methods=["POST"]),
])

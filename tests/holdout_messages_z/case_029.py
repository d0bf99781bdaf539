"""acme_gateway.app: Starlette app of the Acme gateway, with ModelRed 0.1.3x checks."""
from __future__ import annotations

import logging
import os

from modelred import ModelRedClient, ModelRedError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

access_log = logging.getLogger("acme_gateway.access")
log = logging.getLogger("acme_gateway")

UPSTREAM_KEY = os.environ.get("ACME_UPSTREAM_KEY", "")
mr = ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))


class GatewayConfigError(ValueError):
    pass


async def check_model(request: Request) -> JSONResponse:
    presented = request.headers.get("x-gateway-key", "")
    access_log.info("%s %s from %s key=%s", request.method, request.url.path, request.client.host, presented)
    access_log.info("%s %s key_len=%d", request.method, request.url.path, len(presented))
    model = request.path_params["model"]
    data = mr.get_model(model_identifier=model)
    return JSONResponse({"model": model, "provider": data.get("provider"), "status": data.get("status")})


async def config_check(request: Request) -> JSONResponse:
    if not UPSTREAM_KEY:
        raise GatewayConfigError("ACME_UPSTREAM_KEY is not set")
    return JSONResponse({"upstream_key_configured": True, "upstream_key_suffix": UPSTREAM_KEY[-4:]})


async def on_modelred_error(request: Request, exc: ModelRedError) -> JSONResponse:
    log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "modelred", "message": str(exc)}, status_code=502)


async def on_config_error(request: Request, exc: GatewayConfigError) -> JSONResponse:
    return JSONResponse({"error": "config", "message": str(exc)}, status_code=500)


app = Starlette(
    routes=[Route("/models/{model}", check_model), Route("/config", config_check)],
    exception_handlers={ModelRedError: on_modelred_error, GatewayConfigError: on_config_error},
)
log.info("gateway up; upstream key configured=%s", bool(UPSTREAM_KEY))

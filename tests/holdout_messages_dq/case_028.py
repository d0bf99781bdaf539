"""Admin API for registering chat models with ModelRed (generation 2, Starlette)."""

import logging
import os

from modelred import AsyncModelRed, ConflictError, ProviderConfig, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("admin.models")


async def create_model(request: Request) -> JSONResponse:
    body = await request.json()
    match body:
        case {"model": str(model_id), "provider": "anthropic", "api_key": str(ak), **rest}:
            cfg = ProviderConfig.anthropic(api_key=ak, model_name=rest.get("model_name", "claude-3-5-sonnet-latest"))
            provider = "anthropic"
        case {"model": str(model_id), "provider": "openrouter", "api_key": str(ak), **rest}:
            cfg = ProviderConfig.openrouter(api_key=ak, model_name=rest["model_name"])
            provider = "openrouter"
        case {"model": str(model_id), "provider": str(other)}:
            return JSONResponse({"error": f"provider {other!r} needs an api_key or is unsupported"}, status_code=400)
        case _:
            fields = sorted(body) if isinstance(body, dict) else type(body).__name__
            log.info("rejected body with fields %s", fields)
            return JSONResponse({"error": "expected model, provider and api_key"}, status_code=400)
    log.info("create %s (%s), options %s", model_id, provider, sorted(rest))
    log.debug("create-model request body: %s", body)
    try:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            created = await client.create_model(
                modelId=model_id,
                provider=provider,
                displayName=rest.get("display_name", model_id),
                providerConfig=cfg,
            )
    except ConflictError:
        return JSONResponse({"error": f"{model_id} already exists"}, status_code=409)
    except ValidationError as e:
        return JSONResponse({"error": str(e)}, status_code=422)
    return JSONResponse({"id": created.get("id"), "model": model_id}, status_code=201)


app = Starlette(routes=[Route("/models", create_model, methods=["POST"])])

"""Sanic service running ModelRed assessments for the model registry (SDK generation 2)."""

import logging
import os

from modelred import AsyncModelRed, ConflictError, ModelRedError, NotFoundError, ProviderConfig, ValidationError
from sanic import Sanic
from sanic.response import json

app = Sanic("registry")
logger = logging.getLogger("registry.modelred")


def _client() -> AsyncModelRed:
    return AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/models")
async def register(request):
    body = request.json or {}
    provider_key = body.get("provider_api_key", "")
    try:
        async with _client() as client:
            created = await client.create_model(
                modelId=body["model_id"],
                provider="openai",
                displayName=body.get("name", body["model_id"]),
                providerConfig=ProviderConfig.openai(api_key=provider_key, model_name=body.get("model", "gpt-4o-mini")),
            )
    except ConflictError:
        return json({"error": "model already registered"}, status=409)
    except ValidationError as exc:
        logger.info("validation failed for %s: %s", body.get("model_id"), exc)
        return json({"error": f"invalid model: {exc}"}, status=400)
    except ModelRedError as exc:
        logger.error("create_model failed (%s) with provider key %s", type(exc).__name__, provider_key)
        return json({"error": "registration failed"}, status=502)
    return json({"id": created["id"]}, status=201)


@app.get("/models/<model_id>")
async def fetch(request, model_id: str):
    try:
        async with _client() as client:
            model = await client.get_model(model_id)
    except NotFoundError as exc:
        return json({"error": "not found", "kind": type(exc).__name__}, status=404)
    except ModelRedError as exc:
        return json({"error": exc.message}, status=502)
    return json({"id": model["id"], "provider": model.get("provider")})

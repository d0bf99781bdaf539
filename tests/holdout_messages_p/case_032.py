"""aiohttp admin API of the router: model registration through ModelRed (generation 2, async)."""
from __future__ import annotations

import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ProviderConfig, ModelRedError, ConflictError, ValidationError

log = logging.getLogger("router.admin")
routes = web.RouteTableDef()


def _client() -> AsyncModelRed:
    return AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


@routes.post("/admin/models")
async def register(request: web.Request) -> web.Response:
    body = await request.json()
    provider_key = body.get("provider_api_key", "")
    log.info("register %s for provider %s (key present: %s)", body.get("model_id"), body.get("provider"), bool(provider_key))
    cfg = ProviderConfig.openrouter(api_key=provider_key, model=body["model"])
    async with _client() as mr:
        try:
            m = await mr.create_model(modelId=body["model_id"], provider="openrouter", displayName=body["model_id"], providerConfig=cfg)
        except ConflictError:
            return web.json_response({"error": "model exists"}, status=409)
        except ValidationError as e:
            log.warning("validation failed for body %s: %s", body, e)
            return web.json_response({"error": "invalid provider configuration"}, status=422)
        except ModelRedError as e:
            log.exception("create_model failed")
            return web.json_response({"error": "upstream failure", "detail": repr(e)}, status=502)
    return web.json_response({"id": m["id"]}, status=201)


@routes.get("/admin/models/{model_id}")
async def show(request: web.Request) -> web.Response:
    async with _client() as mr:
        try:
            m = await mr.get_model(request.match_info["model_id"])
        except ModelRedError as e:
            return web.json_response({"error": type(e).__name__}, status=502)
    return web.json_response({k: v for k, v in m.items() if k != "providerConfig"})


app = web.Application()
app.add_routes(routes)

"""aiohttp admin app: red-team a routed model with ModelRed (0.1.1x, async)."""
import logging
import os

from aiohttp import web
from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

logger = logging.getLogger("gateway.redteam")

ROUTES = {
    "chat-default": {"upstream_model": "gpt-4o-mini", "key_env": "OPENAI_API_KEY"},
    "chat-cheap": {"upstream_model": "gpt-3.5-turbo", "key_env": "OPENAI_API_KEY_CHEAP"},
}


async def register_route(request: web.Request) -> web.Response:
    route = request.match_info["route"]
    spec = ROUTES.get(route)
    if spec is None:
        return web.json_response({"error": f"unknown route {route}"}, status=404)
    upstream_key = os.environ[spec["key_env"]]
    model_id = f"gw-{route}"
    try:
        async with ModelRed() as client:
            await client.register_openai_model(model_id=model_id, api_key=upstream_key, model_name=spec["upstream_model"])
    except AuthenticationError:
        logger.error("ModelRed rejected our key while registering %s", model_id)
        return web.json_response({"error": "red-team service unavailable"}, status=502)
    except ModelRedError as e:
        logger.exception("register %s failed", model_id)
        return web.json_response({"error": e.message}, status=502)
    logger.info("registered %s using key from %s", model_id, spec["key_env"])
    return web.json_response({"model_id": model_id})


async def run(request: web.Request) -> web.Response:
    model_id = request.match_info["model_id"]
    suites = request.query.get("suites", "basic_security").split(",")
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=False)
    except ValidationError as e:
        logger.warning("bad assessment request for %s: %s", model_id, e)
        return web.json_response({"error": "invalid request", "kind": type(e).__name__}, status=400)
    except ModelRedError:
        return web.json_response({"error": "assessment could not be started"}, status=502)
    return web.json_response({"assessment_id": result.get("assessment_id")})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes([web.post("/admin/redteam/{route}/register", register_route), web.post("/admin/redteam/{model_id}/run", run)])
    key = os.environ.get("MODELRED_API_KEY", "")
    logger.info("red-team admin app ready, ModelRed key present=%s", bool(key))
    if key and not key.startswith("mr_"):
        logger.warning("MODELRED_API_KEY looks wrong: %s", key)
    return app

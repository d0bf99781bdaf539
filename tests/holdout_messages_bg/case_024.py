"""Gen-2 async ModelRed runner inside the trading LLM gateway (aiohttp server)."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ConflictError, ModelRedError, ProviderConfig, ValidationError

log = logging.getLogger("gateway.redteam")
routes = web.RouteTableDef()

OPENROUTER_KEY = os.environ.get("OPENROUTER_API_KEY")
MAX_TOKENS = 256


@routes.post("/redteam/register")
async def register(request: web.Request):
    body = await request.json()
    model_id = body["model_id"]
    cfg = ProviderConfig.openrouter(api_key=OPENROUTER_KEY, model_name=body["model_name"], max_tokens=MAX_TOKENS)
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            model = await mr.create_model(modelId=model_id, provider="openrouter",
                                          displayName=body.get("display", model_id), providerConfig=cfg)
        except ConflictError:
            return web.json_response({"status": "exists", "model_id": model_id})
        except ValidationError as e:
            return web.json_response({"error": f"invalid model: {e}"}, status=422)
        except ModelRedError as e:
            log.error("create_model failed for %s: %s", model_id, e)
            return web.json_response({"error": "registration failed"}, status=502)
    log.info("registered %s via openrouter, max_tokens=%d", model_id, MAX_TOKENS)
    return web.json_response({"status": "created", "id": model["id"]})


@routes.post("/redteam/run")
async def run(request: web.Request):
    body = await request.json()
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = await mr.create_assessment(model=body["model_id"], test_types=body.get("tests", ["jailbreak"]))
        except ModelRedError as e:
            raise web.HTTPBadGateway(text=str(e))
    return web.json_response({"assessment_id": a["id"]})


def make_app():
    app = web.Application()
    app.add_routes(routes)
    if OPENROUTER_KEY and not OPENROUTER_KEY.startswith("sk-or-v1-"):
        log.warning("OPENROUTER_API_KEY has unexpected format: %s", OPENROUTER_KEY)
    log.info("openrouter key configured: %s", OPENROUTER_KEY is not None)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8090)

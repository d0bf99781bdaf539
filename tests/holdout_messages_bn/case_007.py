"""aiohttp admin endpoint: red-team the text-to-SQL model with ModelRed (generation 1 SDK)."""
import logging
import os

from aiohttp import web
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger("admin.redteam")
routes = web.RouteTableDef()

SUITES = ["prompt_injection", "data_exfiltration", "sql_injection"]


@routes.post("/admin/register")
async def register(request: web.Request) -> web.Response:
    body = await request.json()
    openai_key = body.get("openai_key") or os.environ["OPENAI_API_KEY"]
    model_id = body["model_id"]
    logger.info("registering %s with provider key %s", model_id, openai_key)
    async with ModelRed() as client:
        await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=body.get("model", "gpt-4o-mini"))
    logger.info("registered %s (key len %d)", model_id, len(openai_key))
    return web.json_response({"model_id": model_id})


@routes.post("/admin/assess/{model_id}")
async def assess(request: web.Request) -> web.Response:
    model_id = request.match_info["model_id"]
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES, wait_for_completion=False)
    except AuthenticationError as e:
        logger.error("ModelRed auth failed: %s", e)
        return web.json_response({"error": "assessment service misconfigured"}, status=503)
    except QuotaExceededError as e:
        logger.warning("quota: %s", type(e).__name__)
        return web.json_response({"error": "quota exceeded"}, status=429)
    except ModelRedError as e:
        return web.json_response({"error": f"ModelRed: {e}"}, status=502)
    return web.json_response({"assessment_id": result.assessment_id})


@routes.get("/admin/assess/status/{aid}")
async def status(request: web.Request) -> web.Response:
    aid = request.match_info["aid"]
    async with ModelRed() as client:
        st = await client.get_assessment_status(aid)
    logger.info("assessment %s is %s", aid, st.get("status"))
    return web.json_response(st)


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    mr_key = os.getenv("MODELRED_API_KEY")
    if not mr_key:
        raise RuntimeError("MODELRED_API_KEY is not set")
    return app

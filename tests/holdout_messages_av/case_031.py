"""aiohttp admin API for the irrigation-advisor model registry (ModelRed generation 1)."""
import logging
import os

from aiohttp import web
from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

log = logging.getLogger("advisor.admin")
routes = web.RouteTableDef()


@routes.post("/admin/models")
async def register(request: web.Request) -> web.Response:
    body = await request.json()
    model_id = body["model_id"]
    openai_key = body.get("openai_api_key") or os.environ["OPENAI_API_KEY"]
    log.info("register %s (model %s, key provided: %s)", model_id, body.get("model_name"), "openai_api_key" in body)
    try:
        async with ModelRed() as client:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=body.get("model_name", "gpt-4o-mini"))
    except ConflictError:
        return web.json_response({"error": f"{model_id} already registered"}, status=409)
    except ValidationError as e:
        log.warning("rejected registration of %s with key %s", model_id, openai_key)
        return web.json_response({"error": str(e)}, status=422)
    except ModelRedError as e:
        log.error("ModelRed failure: %s", type(e).__name__)
        return web.json_response({"error": "registry unavailable"}, status=502)
    return web.json_response({"registered": model_id}, status=201)


@routes.get("/admin/assessments/{aid}")
async def status(request: web.Request) -> web.Response:
    aid = request.match_info["aid"]
    try:
        async with ModelRed(api_key=request.app["mr_key"]) as client:
            st = await client.get_assessment_status(aid)
    except ModelRedError:
        log.exception("status for %s failed", aid)
        return web.json_response({"error": "unavailable"}, status=502)
    return web.json_response({"id": aid, "status": st.get("status"), "progress": st.get("progress")})


def make_app() -> web.Application:
    app = web.Application()
    app["mr_key"] = os.environ["MODELRED_API_KEY"]
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)

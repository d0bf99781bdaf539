"""In-cluster status service for generation-1 ModelRed assessments (aiohttp)."""
import logging
import os

from aiohttp import web
from modelred import *  # noqa: F403  (ModelRed, ModelRedError, NotFoundError, ...)

log = logging.getLogger("assessment-status")
routes = web.RouteTableDef()

PREFIX = os.environ.get("KEY_PREFIX", "MODELRED")


def api_key():
    return os.environ[f"{PREFIX}_API_KEY"]


@routes.get("/healthz")
async def healthz(request):
    log.debug("healthz from %s, key variable %s_API_KEY", request.remote, PREFIX)
    return web.json_response({"ok": True, "key_configured": f"{PREFIX}_API_KEY" in os.environ})


@routes.get("/assessments/{assessment_id}")
async def status(request):
    assessment_id = request.match_info["assessment_id"]
    key = api_key()
    log.debug("client key %s for assessment %s", key, assessment_id)
    try:
        async with ModelRed(api_key=key) as client:
            st = await client.get_assessment_status(assessment_id)
    except NotFoundError:
        return web.json_response({"error": "not found"}, status=404)
    except AuthenticationError as e:
        log.error("ModelRed auth failed: %s", e)
        return web.json_response({"error": type(e).__name__}, status=502)
    except ModelRedError as e:
        return web.json_response({"error": str(e)}, status=502)
    return web.json_response({"id": assessment_id, "status": st.get("status"), "progress": st.get("progress")})


@routes.get("/suites")
async def suites(request):
    async with ModelRed(api_key=api_key()) as client:
        try:
            data = await client.get_test_suites()
        except ModelRedError as e:
            raise web.HTTPBadGateway(text=f"ModelRed: {e}")
    return web.json_response(data)


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))

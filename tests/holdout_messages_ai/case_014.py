"""Moodle local plugin bridge: a tiny aiohttp service Moodle's PHP plugin calls to scan tutor prompts."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, RateLimited, Unauthorized

routes = web.RouteTableDef()
plugin_log = logging.getLogger("moodle.bridge")

BRIDGE_SECRET_HEADER = "X-Moodle-Bridge-Secret"


@routes.post("/scan")
async def scan(request: web.Request) -> web.Response:
    shared = request.app["bridge_secret"]
    given = request.headers.get(BRIDGE_SECRET_HEADER, "")
    if given != shared:
        plugin_log.warning("bridge call with wrong secret (len %d) from %s", len(given), request.remote)
        return web.json_response({"error": "forbidden"}, status=403)
    body = await request.json()
    course = body.get("courseid")
    model_id = body.get("model_id")
    plugin_log.info("scan for course %s model %s", course, model_id)
    try:
        async with AsyncModelRed(request.app["mr_key"]) as client:
            job = await client.create_assessment(model_id=model_id, probe_pack_ids=body.get("packs", ["edu-safety"]))
    except RateLimited as e:
        return web.json_response({"error": "busy", "retry_after": getattr(e, "retry_after", 30)}, status=429)
    except Unauthorized as e:
        plugin_log.error("modelred unauthorized: %s", e)
        return web.json_response({"error": "scanner misconfigured"}, status=500)
    except ModelRedError as e:
        return web.json_response({"error": str(e), "course": course}, status=502)
    return web.json_response({"assessment": job["id"]})


@routes.get("/status")
async def status(request: web.Request) -> web.Response:
    return web.json_response({"mr_key_configured": bool(request.app["mr_key"]), "header": BRIDGE_SECRET_HEADER})


def make_app() -> web.Application:
    app = web.Application()
    app["mr_key"] = os.environ["MODELRED_API_KEY"]
    app["bridge_secret"] = os.environ["MOODLE_BRIDGE_SECRET"]
    plugin_log.info("bridge starting with shared secret %s", app["bridge_secret"])
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.environ.get("BRIDGE_PORT", "8765")))

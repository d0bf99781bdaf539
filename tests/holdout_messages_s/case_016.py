"""aiohttp admin API of the red-team platform (generation-3 SDK)."""
import logging
import os

from aiohttp import web

from modelred import AsyncModelRed, Unauthorized, Forbidden, NotFound, APIError

routes = web.RouteTableDef()
log = logging.getLogger("admin.api")
ADMIN_TOKEN = os.environ["REDTEAM_ADMIN_TOKEN"]
AUTH_ERRORS = (Unauthorized, Forbidden)


@web.middleware
async def require_admin(request: web.Request, handler):
    presented = request.headers.get("X-Admin-Token", "")
    if presented != ADMIN_TOKEN:
        log.warning("admin token mismatch from %s (len %d)", request.remote, len(presented))
        log.info("rejected admin token %s", presented)
        raise web.HTTPUnauthorized(text="admin token required")
    return await handler(request)


@routes.get("/admin/assessments/{aid}")
async def get_assessment(request: web.Request):
    aid = request.match_info["aid"]
    async with AsyncModelRed(request.app["modelred_key"]) as client:
        try:
            data = await client.get_assessment(aid)
        except NotFound:
            return web.json_response({"detail": f"no assessment {aid}"}, status=404)
        except AUTH_ERRORS as e:
            return web.json_response({"detail": e.args[0] if e.args else "denied"}, status=403)
        except APIError as e:
            log.exception("ModelRed failed for %s", aid)
            return web.json_response({"detail": "upstream error", "type": type(e).__name__}, status=502)
    return web.json_response(data)


@routes.post("/admin/assessments/{aid}/cancel")
async def cancel(request: web.Request):
    aid = request.match_info["aid"]
    async with AsyncModelRed(request.app["modelred_key"]) as client:
        try:
            await client.cancel_assessment(aid)
        except APIError as e:
            raise web.HTTPBadGateway(text=f"cancel failed: {type(e).__name__}")
    return web.json_response({"cancelled": aid})


def make_app() -> web.Application:
    app = web.Application(middlewares=[require_admin])
    app["modelred_key"] = os.environ["MODELRED_API_KEY"]
    app.add_routes(routes)
    return app

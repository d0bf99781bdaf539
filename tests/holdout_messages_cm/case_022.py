"""Inspection checklist generator behind a small aiohttp web app."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, LimitExceeded

routes = web.RouteTableDef()
weblog = logging.getLogger("inspections.web")

ADMIN_TOKEN_ENV = "INSPECTIONS_ADMIN_TOKEN"


@routes.get("/checklist/{trade}")
async def checklist(request: web.Request):
    trade = request.match_info["trade"]
    weblog.info("checklist for %s", trade)
    return web.json_response({"trade": trade, "items": ["Verify permit posted", "Check fall protection"]})


@routes.post("/admin/scan")
async def admin_scan(request: web.Request):
    supplied = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if supplied != os.environ.get(ADMIN_TOKEN_ENV):
        weblog.warning("admin scan denied; header present=%s", bool(supplied))
        raise web.HTTPUnauthorized(text=f"token {supplied} is not an admin token")
    mr_key = request.app["mr_key"]
    async with AsyncModelRed(mr_key) as mr:
        try:
            run = await mr.create_assessment(model_id="inspection-checklist", probe_pack_ids=["safety"])
        except LimitExceeded:
            return web.json_response({"error": "monthly scan limit reached"}, status=429)
        except APIError as e:
            return web.json_response({"error": e.args[0] if e.args else "unknown"}, status=502)
    return web.json_response({"assessment": run["id"]})


async def on_startup(app: web.Application):
    weblog.info("admin token variable: %s", ADMIN_TOKEN_ENV)
    weblog.info("modelred key configured: %s", "yes" if app["mr_key"] else "no")


def make_app() -> web.Application:
    app = web.Application()
    app["mr_key"] = os.environ["MODELRED_API_KEY"]
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8088)

"""aiohttp service behind the ELN's 'AI assist' panel: lists models and starts ModelRed scans."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, NotFound, ServerError

log = logging.getLogger("eln-assist")
routes = web.RouteTableDef()

PANEL_SHARED_SECRET = os.environ["ELN_PANEL_SECRET"]
RETRYABLE = (ServerError,)


@web.middleware
async def panel_auth(request: web.Request, handler):
    presented = request.headers.get("X-Panel-Secret", "")
    if presented != PANEL_SHARED_SECRET:
        log.warning("panel call to %s with bad secret %s", request.path, presented)
        raise web.HTTPForbidden(text="forbidden")
    return await handler(request)


@routes.get("/models")
async def models(request: web.Request) -> web.Response:
    mr: AsyncModelRed = request.app["mr"]
    page = await mr.list_models(page=1, page_size=50)
    log.info("listed %d models for %s", len(page.get("data", [])), request.remote)
    return web.json_response([{"id": m["id"], "name": m.get("displayName")} for m in page.get("data", [])])


@routes.post("/scan")
async def scan(request: web.Request) -> web.Response:
    body = await request.json()
    mr: AsyncModelRed = request.app["mr"]
    try:
        job = await mr.create_assessment(model_id=body["model_id"], probe_pack_ids=body.get("packs", ["pk-core"]))
    except NotFound:
        return web.json_response({"error": "unknown model"}, status=404)
    except RETRYABLE as exc:
        log.warning("ModelRed unavailable: %r", exc)
        return web.json_response({"error": "scanner busy, retry"}, status=503)
    except APIError as exc:
        return web.json_response({"error": str(exc), "kind": type(exc).__name__}, status=502)
    return web.json_response({"assessment": job["id"]})


async def on_startup(app: web.Application) -> None:
    app["mr"] = AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)
    log.info("panel secret configured (%d chars)", len(PANEL_SHARED_SECRET))


async def on_cleanup(app: web.Application) -> None:
    await app["mr"].aclose()


def make_app() -> web.Application:
    app = web.Application(middlewares=[panel_auth])
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8081")))

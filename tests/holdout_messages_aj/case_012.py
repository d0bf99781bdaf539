import asyncio
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, NotFound, RateLimited

routes = web.RouteTableDef()
log = logging.getLogger("studio.scans")


def client_from(request: web.Request) -> AsyncModelRed:
    return request.app["modelred"]


@routes.post("/api/scans")
async def create_scan(request: web.Request) -> web.Response:
    body = await request.json()
    model_id = body["model_id"]
    packs = body.get("packs", ["story-safety"])
    client = client_from(request)
    try:
        job = await client.create_assessment(model_id=model_id, probe_pack_ids=packs, priority="normal")
    except RateLimited as e:
        log.info("rate limited, retry after %s", getattr(e, "retry_after", None))
        return web.json_response({"error": "busy, retry later"}, status=429)
    except APIError as e:
        return web.json_response({"error": str(e)}, status=502)
    return web.json_response({"id": job["id"], "model": model_id})


@routes.get("/api/scans/{sid}")
async def get_scan(request: web.Request) -> web.Response:
    sid = request.match_info["sid"]
    try:
        res = await client_from(request).get_assessment(sid)
    except NotFound:
        return web.json_response({"error": "no such scan"}, status=404)
    except APIError as e:
        log.exception("lookup %s failed", sid)
        return web.json_response({"error": "lookup failed", "kind": type(e).__name__}, status=502)
    return web.json_response(res)


async def on_startup(app: web.Application) -> None:
    key = os.environ["MODELRED_API_KEY"]
    app["modelred"] = AsyncModelRed(key, timeout=15.0, max_retries=2)
    log.info("modelred client ready (key ...%s)", key[-4:])


async def on_cleanup(app: web.Application) -> None:
    await app["modelred"].close()


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8090)

"""aiohttp service that proxies ModelRed results to the security dashboard."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, NotFound, RateLimited

access_log = logging.getLogger("dashboard.access")
API_KEY_HEADER = "X-Dashboard-Key"


async def get_client(app: web.Application) -> AsyncModelRed:
    if "mr" not in app:
        app["mr"] = AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)
    return app["mr"]


@web.middleware
async def auth(request: web.Request, handler):
    presented = request.headers.get(API_KEY_HEADER, "")
    if presented != os.environ["DASHBOARD_KEY"]:
        access_log.warning("%s denied, header %s=%s", request.remote, API_KEY_HEADER, presented)
        raise web.HTTPUnauthorized(text=f"missing or wrong {API_KEY_HEADER}")
    return await handler(request)


async def assessment(request: web.Request) -> web.Response:
    aid = request.match_info["aid"]
    client = await get_client(request.app)
    try:
        data = await client.get_assessment(aid)
    except NotFound:
        return web.json_response({"error": "not found", "id": aid}, status=404)
    except RateLimited as exc:
        return web.json_response({"error": "busy", "retry_after": getattr(exc, "retry_after", 30)}, status=429)
    except APIError as exc:
        return web.json_response({"error": str(exc)}, status=502)
    usage = data.get("usage", {})
    access_log.info("assessment %s total_tokens=%s", aid, usage.get("total_tokens"))
    return web.json_response(data)


async def close(app: web.Application) -> None:
    if "mr" in app:
        await app["mr"].aclose()


def make_app() -> web.Application:
    app = web.Application(middlewares=[auth])
    app.router.add_get("/assessments/{aid}", assessment)
    app.on_cleanup.append(close)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")))

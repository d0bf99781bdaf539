"""aiohttp access-log middleware for the inference gateway."""
import logging
import time

from aiohttp import web

access_log = logging.getLogger("gateway.access")

SENSITIVE = {"authorization", "cookie", "x-api-key", "proxy-authorization"}


@web.middleware
async def log_requests(request: web.Request, handler):
    started = time.perf_counter()
    access_log.debug("incoming headers=%s", dict(request.headers))
    safe = {k: v for k, v in request.headers.items() if k.lower() not in SENSITIVE}
    access_log.debug("incoming headers (filtered)=%s", safe)
    auth = request.headers.get("Authorization", "")
    scheme = auth.split(" ", 1)[0] if auth else "none"
    access_log.debug("auth scheme=%s", scheme)
    response = await handler(request)
    access_log.info(
        "%s %s -> %s in %.1fms",
        request.method,
        request.path,
        response.status,
        (time.perf_counter() - started) * 1000,
    )
    return response


async def whoami(request: web.Request) -> web.Response:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not token:
        raise web.HTTPUnauthorized(text="bearer token required")
    access_log.info("whoami called with bearer %s", token)
    return web.json_response({"token_length": len(token)})


def make_app() -> web.Application:
    app = web.Application(middlewares=[log_requests])
    app.router.add_get("/whoami", whoami)
    return app

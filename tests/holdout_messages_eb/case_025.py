"""aiohttp reverse proxy in front of several LLM providers, with an access-log middleware."""
import logging
import os

from aiohttp import ClientSession, web

access_log = logging.getLogger("proxy.access")
audit = logging.getLogger("proxy.audit")
UPSTREAM = os.getenv("UPSTREAM_URL", "https://api.openai.com")
UPSTREAM_KEY = os.environ["OPENAI_API_KEY"]


@web.middleware
async def access_middleware(request: web.Request, handler):
    auth = request.headers.get("Authorization")
    access_log.info("%s %s auth=%s", request.method, request.path, auth)
    access_log.info("%s %s has_auth=%s", request.method, request.path, "Authorization" in request.headers)
    resp = await handler(request)
    access_log.info("%s %s -> %d", request.method, request.path, resp.status)
    return resp


async def proxy(request: web.Request) -> web.StreamResponse:
    caller = request.headers.get("X-Proxy-Key", "")
    allowed = set(filter(None, os.getenv("PROXY_KEYS", "").split(",")))
    if caller not in allowed:
        audit.warning("unknown proxy key presented: %r", caller)
        audit.warning("unknown proxy key from %s (len %d)", request.remote, len(caller))
        raise web.HTTPUnauthorized(text="unknown proxy key")
    body = await request.read()
    upstream_headers = {"Authorization": f"Bearer {UPSTREAM_KEY}", "Content-Type": "application/json"}
    async with ClientSession() as session:
        async with session.post(UPSTREAM + request.path, data=body, headers=upstream_headers) as up:
            data = await up.read()
            if up.status >= 400:
                audit.error("upstream %d for %s: %s", up.status, request.path, data[:300])
            if up.status == 401:
                audit.error("upstream refused headers %s", sorted(upstream_headers))
            return web.Response(body=data, status=up.status, content_type="application/json")


def make_app() -> web.Application:
    app = web.Application(middlewares=[access_middleware])
    app.router.add_route("POST", "/v1/{tail:.*}", proxy)
    audit.info("proxy keys configured: %d", len(os.getenv("PROXY_KEYS", "").split(",")))
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    web.run_app(make_app(), port=8088)

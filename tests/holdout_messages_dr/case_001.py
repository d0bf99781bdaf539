"""Chat relay service: an aiohttp front door for the OpenAI chat completions API."""
import logging
import os

import aiohttp
from aiohttp import web

log = logging.getLogger("relay")
access = logging.getLogger("relay.access")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
SERVICE_KEYS = {k.strip() for k in os.environ.get("RELAY_SERVICE_KEYS", "").split(",") if k.strip()}


@web.middleware
async def require_service_key(request, handler):
    if request.path == "/healthz":
        return await handler(request)
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        access.info("missing bearer on %s from %s", request.path, request.remote)
        raise web.HTTPUnauthorized(reason="Authorization header must be a Bearer token")
    presented = auth[len("Bearer "):]
    if presented not in SERVICE_KEYS:
        access.warning("unknown service key %s from %s", presented, request.remote)
        raise web.HTTPUnauthorized(reason=f"service key {presented} is not recognised")
    access.info("accepted key ending %s (%d chars)", presented[-4:], len(presented))
    return await handler(request)


async def chat(request):
    body = await request.json()
    api_key = request.app["openai_key"]
    headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}
    payload = {"model": body.get("model", "gpt-4o-mini"), "messages": body["messages"], "max_tokens": 512}
    async with request.app["http"].post(OPENAI_URL, json=payload, headers=headers) as resp:
        if resp.status != 200:
            text = await resp.text()
            log.error("upstream %s: %s", resp.status, text[:300])
            return web.json_response({"error": "upstream_error", "status": resp.status}, status=502)
        data = await resp.json()
    usage = data.get("usage", {})
    log.info("tokens prompt=%s completion=%s", usage.get("prompt_tokens"), usage.get("completion_tokens"))
    return web.json_response({"reply": data["choices"][0]["message"]["content"]})


async def on_startup(app):
    app["openai_key"] = os.environ["OPENAI_API_KEY"]
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
    log.info("relay ready, %d service keys configured", len(SERVICE_KEYS))


async def on_cleanup(app):
    await app["http"].close()


def make_app():
    app = web.Application(middlewares=[require_service_key])
    app.router.add_post("/v1/chat", chat)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")))

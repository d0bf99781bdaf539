"""aiohttp pass-through proxy for Anthropic-native requests."""
import logging
import os

import aiohttp
from aiohttp import web

access_log = logging.getLogger("gateway.access")
err_log = logging.getLogger("gateway.error")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"
API_KEY_HEADER = "x-api-key"


async def messages(request: web.Request) -> web.StreamResponse:
    client_key = request.headers.get(API_KEY_HEADER, "")
    tenant = request.app["keymap"].get(client_key)
    if tenant is None:
        access_log.info("%s %s 401 key=%s", request.method, request.path, client_key)
        return web.json_response({"error": "invalid x-api-key"}, status=401)
    access_log.info("%s %s tenant=%s header=%s", request.method, request.path, tenant, API_KEY_HEADER)
    upstream_key = request.app["anthropic_key"]
    body = await request.read()
    session: aiohttp.ClientSession = request.app["session"]
    async with session.post(ANTHROPIC_URL, data=body, headers={API_KEY_HEADER: upstream_key, "anthropic-version": ANTHROPIC_VERSION, "content-type": "application/json"}) as up:
        if up.status >= 500:
            err_log.warning("anthropic %s: %s", up.status, await up.text())
        remaining = up.headers.get("anthropic-ratelimit-tokens-remaining")
        access_log.info("tenant=%s upstream=%s tokens_remaining=%s", tenant, up.status, remaining)
        resp = web.StreamResponse(status=up.status)
        await resp.prepare(request)
        async for chunk in up.content.iter_chunked(4096):
            await resp.write(chunk)
        return resp


async def on_startup(app: web.Application) -> None:
    app["session"] = aiohttp.ClientSession()
    key = os.environ["ANTHROPIC_API_KEY"]
    if not key.startswith("sk-ant-"):
        err_log.error("ANTHROPIC_API_KEY does not look like an Anthropic key: %s", key)
    app["anthropic_key"] = key


def make_app(keymap: dict[str, str]) -> web.Application:
    app = web.Application()
    app["keymap"] = keymap
    app.on_startup.append(on_startup)
    app.router.add_post("/anthropic/v1/messages", messages)
    access_log.info("pass-through ready for %d client keys", len(keymap))
    return app

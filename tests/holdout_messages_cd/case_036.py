"""aiohttp market-data relay: clients subscribe with an API token in the query string."""
import asyncio
import logging
import os

from aiohttp import web

netlog = logging.getLogger("relay.net")

RELAY_TOKENS = set(filter(None, os.environ.get("RELAY_TOKENS", "").split(",")))
UPSTREAM_KEY = os.environ["FEED_UPSTREAM_KEY"]
TOKEN_PARAM = "token"


async def ws_handler(request: web.Request):
    token = request.query.get(TOKEN_PARAM, "")
    if token not in RELAY_TOKENS:
        netlog.warning("rejected subscriber %s with token %s", request.remote, token)
        raise web.HTTPUnauthorized(text="bad token")
    netlog.info("subscriber %s ok (%d known tokens, param %s)", request.remote, len(RELAY_TOKENS), TOKEN_PARAM)
    ws = web.WebSocketResponse(heartbeat=20)
    await ws.prepare(request)
    queue = request.app["queue"]
    while not ws.closed:
        tick = await queue.get()
        await ws.send_json(tick)
    return ws


async def upstream(app):
    from feedlib import FeedClient, FeedAuthError
    try:
        async with FeedClient(api_key=UPSTREAM_KEY) as feed:
            async for tick in feed.ticks(["ES", "NQ"]):
                await app["queue"].put(tick)
    except FeedAuthError as exc:
        netlog.error("upstream auth failed: %s (code %s)", exc.__class__.__name__, getattr(exc, "code", None))
        raise web.HTTPBadGateway(text=f"upstream rejected key {UPSTREAM_KEY}")


async def on_startup(app):
    app["queue"] = asyncio.Queue(maxsize=1000)
    app["task"] = asyncio.create_task(upstream(app))


def make_app():
    app = web.Application()
    app.router.add_get("/ws", ws_handler)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8765)

"""aiohttp websocket hub: pushes live fantasy matchup totals to the web app; the
'audit' command lets admins see the last ModelRed (0.1.40) run of the chat assistant."""
import asyncio
import logging
import os

from aiohttp import WSMsgType, web
from modelred import AsyncModelRed, APIError, Forbidden

hub_log = logging.getLogger("fantasy.wshub")

SESSION_TOKENS = {}  # filled by the auth service via redis pub/sub


async def ws_handler(request: web.Request) -> web.WebSocketResponse:
    token = request.query.get("token", "")
    user = SESSION_TOKENS.get(token)
    if user is None:
        hub_log.warning("ws connect with unknown session token %s from %s", token, request.remote)
        raise web.HTTPUnauthorized(text="unknown session")
    hub_log.info("ws connect user=%s matchups=%s", user["id"], user.get("matchups"))
    ws = web.WebSocketResponse(heartbeat=25)
    await ws.prepare(request)
    request.app["clients"].add(ws)
    try:
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            if msg.data == "audit" and user.get("admin"):
                await ws.send_json(await last_audit())
    finally:
        request.app["clients"].discard(ws)
    return ws


async def last_audit() -> dict:
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0) as mr:
        try:
            runs = await mr.list_assessments(model_id="fantasy-chat-assistant", limit=1)
        except Forbidden as e:
            hub_log.error("modelred forbidden: %s", e)
            return {"type": "audit", "error": "not allowed"}
        except APIError as e:
            return {"type": "audit", "error": str(e)}
    last = runs["data"][0] if runs.get("data") else {}
    return {"type": "audit", "status": last.get("status"), "score": last.get("score")}


async def broadcast(app: web.Application) -> None:
    while True:
        totals = await app["store"].totals()
        for ws in list(app["clients"]):
            await ws.send_json({"type": "totals", "data": totals})
        await asyncio.sleep(5)


def make_app(store) -> web.Application:
    app = web.Application()
    app["clients"], app["store"] = set(), store
    app.router.add_get("/ws", ws_handler)
    app.on_startup.append(lambda a: asyncio.ensure_future(broadcast(a)))
    return app

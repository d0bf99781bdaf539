"""Async dispatcher for warehouse picking bots over websockets; OpenRouter for route hints."""
import asyncio
import json
import logging
import os

import aiohttp
import websockets

log = logging.getLogger("pickbots.dispatch")

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


async def route_hint(session, or_key, aisle_map, order):
    headers = {"Authorization": f"Bearer {or_key}", "HTTP-Referer": "https://wms.example", "X-Title": "pickbots"}
    payload = {
        "model": "meta-llama/llama-3.1-70b-instruct",
        "max_tokens": 200,
        "messages": [{"role": "user", "content": f"Map: {aisle_map}\nOrder lines: {order}\nShortest pick path?"}],
    }
    async with session.post(OPENROUTER_URL, headers=headers, json=payload) as r:
        if r.status == 401:
            log.error("openrouter 401, sent headers %s", headers)
            return None
        data = await r.json()
        log.debug("openrouter usage %s", data.get("usage", {}).get("total_tokens"))
        return data["choices"][0]["message"]["content"]


async def handle_bot(ws, or_key, session):
    hello = json.loads(await ws.recv())
    bot_id = hello["bot_id"]
    bot_token = hello.get("token")
    if bot_token != os.environ.get("PICKBOT_SHARED_TOKEN"):
        log.warning("bot %s presented bad token %s", bot_id, bot_token)
        await ws.close(code=4401, reason="bad token")
        return
    log.info("bot %s online, firmware %s", bot_id, hello.get("fw"))
    async for raw in ws:
        msg = json.loads(raw)
        if msg["type"] == "need_route":
            hint = await route_hint(session, or_key, msg["aisles"], msg["order"])
            await ws.send(json.dumps({"type": "route", "hint": hint}))


async def main():
    or_key = os.environ["OPENROUTER_API_KEY"]
    async with aiohttp.ClientSession() as session:
        async def handler(ws):
            await handle_bot(ws, or_key, session)
        async with websockets.serve(handler, "0.0.0.0", 8765):
            log.info("dispatcher listening on 8765, key configured=%s", bool(or_key))
            await asyncio.Future()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

"""Broadcast hub on `websockets`: one Grok (xAI) answer fanned out to every listener."""
import asyncio
import json
import logging

import keyring
import websockets
from openai import AsyncOpenAI

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("hub")
CLIENTS: set = set()
XAI_BASE = "https://api.x.ai/v1"


def load_xai_key() -> str:
    return keyring.get_password("grok-hub", "xai")


xai_key = load_xai_key()
log.debug("xai key=" + xai_key)
log.info("xai base %s, key present %s", XAI_BASE, xai_key is not None)
if not xai_key.startswith("xai-"):
    raise ValueError(f"keyring entry grok-hub/xai is not an xAI key: {xai_key}")
grok = AsyncOpenAI(api_key=xai_key, base_url=XAI_BASE)


async def broadcast(payload: dict):
    message = json.dumps(payload)
    websockets.broadcast(CLIENTS, message)
    log.info("broadcast %d bytes to %d clients", len(message), len(CLIENTS))


async def handler(ws):
    CLIENTS.add(ws)
    log.info("listener joined from %s (%d total)", ws.remote_address, len(CLIENTS))
    try:
        async for raw in ws:
            ask = json.loads(raw)
            if ask.get("type") != "ask":
                continue
            try:
                res = await grok.chat.completions.create(model="grok-2-latest", messages=[{"role": "user", "content": ask["question"]}], max_tokens=300)
            except Exception as exc:
                log.error("grok failed: %r", exc)
                await ws.send(json.dumps({"error": "grok unavailable"}))
                continue
            log.info("grok used %d tokens", res.usage.total_tokens)
            await broadcast({"question": ask["question"], "answer": res.choices[0].message.content})
    finally:
        CLIENTS.discard(ws)


async def main():
    async with websockets.serve(handler, "localhost", 8766):
        await asyncio.Future()


asyncio.run(main())

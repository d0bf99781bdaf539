"""In-game chat moderation relay: game servers stream chat lines here over websockets."""
import asyncio
import json
import logging
import os

import websockets
from openai import AsyncOpenAI

log = logging.getLogger("chatmod.relay")

SHARED_SECRET = os.environ["CHATMOD_SHARED_SECRET"]
MODERATION_MODEL = "omni-moderation-latest"
llm = AsyncOpenAI()


async def moderate(line: dict) -> dict:
    res = await llm.moderations.create(model=MODERATION_MODEL, input=line["text"])
    flagged = res.results[0].flagged
    if flagged:
        cats = [c for c, v in res.results[0].categories.model_dump().items() if v]
        log.info("match %s player %s flagged: %s", line["match_id"], line["player_id"], cats)
        return {"action": "mute", "player_id": line["player_id"], "categories": cats}
    return {"action": "allow"}


async def handle(ws):
    hello = json.loads(await ws.recv())
    server_secret = hello.get("secret", "")
    if server_secret != SHARED_SECRET:
        log.warning("game server %s sent wrong secret %r", hello.get("server_id"), server_secret)
        await ws.close(code=4401, reason="bad secret")
        return
    log.info("game server %s connected (region %s)", hello.get("server_id"), hello.get("region"))
    async for raw in ws:
        line = json.loads(raw)
        verdict = await moderate(line)
        await ws.send(json.dumps({"seq": line["seq"], **verdict}))


async def main():
    port = int(os.getenv("CHATMOD_PORT", "8765"))
    log.info("relay on :%d, shared secret is %d chars", port, len(SHARED_SECRET))
    if os.getenv("CHATMOD_DEBUG_SECRETS"):
        log.debug("expecting shared secret %s", SHARED_SECRET)
    async with websockets.serve(handle, "0.0.0.0", port, max_size=2**16):
        await asyncio.Future()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

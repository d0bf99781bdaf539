"""Godot <-> python sidecar: websocket server that brokers NPC chat to Groq."""
import asyncio
import json
import logging
import os

import websockets
from groq import AsyncGroq

log = logging.getLogger("sidecar")
GROQ_MODEL = "llama-3.1-8b-instant"
SIDECAR_TOKEN_VAR = "SIDECAR_SHARED_TOKEN"


class Sidecar:
    def __init__(self):
        self.shared_token = os.environ.get(SIDECAR_TOKEN_VAR, "")
        self.groq = AsyncGroq(api_key=os.environ["GROQ_API_KEY"])
        self.sessions: dict[str, list] = {}

    async def handler(self, ws):
        hello = json.loads(await ws.recv())
        offered = hello.get("token", "")
        if offered != self.shared_token:
            log.warning("client %s offered wrong token %s", ws.remote_address, offered)
            await ws.close(code=4001, reason="bad token")
            return
        sid = hello["session"]
        log.info("session %s from %s (token ok=%s)", sid, ws.remote_address, True)
        async for raw in ws:
            msg = json.loads(raw)
            history = self.sessions.setdefault(sid, [])
            history.append({"role": "user", "content": msg["line"]})
            resp = await self.groq.chat.completions.create(model=GROQ_MODEL, messages=history, max_tokens=150)
            text = resp.choices[0].message.content
            history.append({"role": "assistant", "content": text})
            log.debug("npc %s: %d prompt / %d completion tokens", msg["npc"], resp.usage.prompt_tokens, resp.usage.completion_tokens)
            await ws.send(json.dumps({"npc": msg["npc"], "text": text}))


async def main():
    car = Sidecar()
    if not car.shared_token:
        raise RuntimeError(f"{SIDECAR_TOKEN_VAR} is not set")
    async with websockets.serve(car.handler, "127.0.0.1", 8765):
        log.info("sidecar listening on 8765")
        await asyncio.Future()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

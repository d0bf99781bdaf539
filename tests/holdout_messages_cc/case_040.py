"""Websocket tutor relay (websockets library) forwarding to Anthropic, per-school keys."""
import asyncio
import json
import logging
import os

import websockets
from anthropic import AsyncAnthropic

relay_log = logging.getLogger("relay")

SCHOOL_KEYS = json.loads(os.environ.get("SCHOOL_KEYS_JSON", "{}"))
DEFAULT_SCHOOL = "demo"
DEFAULT_KEY = "sk-zGoJXjMCOn5P0Rw6FqVabx0Dnai9mF51Q8raBjhsVsIuQ236"


def key_for(school: str) -> str:
    key = SCHOOL_KEYS.get(school)
    if key is None:
        relay_log.warning("no key for school %s, using demo key %s", school, DEFAULT_KEY)
        return DEFAULT_KEY
    return key


async def handle(ws):
    hello = json.loads(await ws.recv())
    school = hello.get("school", DEFAULT_SCHOOL)
    relay_log.info("connection for school %s (%d schools configured)", school, len(SCHOOL_KEYS))
    client = AsyncAnthropic(api_key=key_for(school))
    async for raw in ws:
        msg = json.loads(raw)
        reply = await client.messages.create(model="claude-3-5-haiku-latest", max_tokens=400,
                                             messages=[{"role": "user", "content": msg["text"]}])
        relay_log.debug("school %s: %d in / %d out tokens", school,
                        reply.usage.input_tokens, reply.usage.output_tokens)
        await ws.send(json.dumps({"text": reply.content[0].text}))


async def main():
    relay_log.info("schools with keys: %s", sorted(SCHOOL_KEYS))
    async with websockets.serve(handle, "0.0.0.0", int(os.environ.get("PORT", "8765"))):
        await asyncio.Future()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

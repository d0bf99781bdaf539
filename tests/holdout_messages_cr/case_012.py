"""ACARS downlink summariser: async consumer of decoded ACARS messages for maintenance control."""
import asyncio
import json
import logging
import os
import sys

import aiohttp

acars_log = logging.getLogger("acars.mx")

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
MODEL = "llama-3.1-70b-versatile"
MAX_TOKENS = 256


async def summarise(session: aiohttp.ClientSession, groq_key: str, msg: dict) -> str:
    headers = {"Authorization": f"Bearer {groq_key}", "Content-Type": "application/json"}
    body = {
        "model": MODEL,
        "max_tokens": MAX_TOKENS,
        "messages": [{"role": "user", "content": f"Summarise ACARS fault message: {msg['text']}"}],
    }
    async with session.post(GROQ_URL, headers=headers, json=body) as r:
        if r.status == 401:
            acars_log.error("groq 401 with headers %s", headers)
            return ""
        if r.status != 200:
            acars_log.warning("groq %s: %s", r.status, await r.text())
            return ""
        data = await r.json()
        acars_log.debug("tokens used %s", data["usage"]["total_tokens"])
        return data["choices"][0]["message"]["content"]


async def consume(queue: asyncio.Queue):
    groq_key = os.environ.get("GROQ_API_KEY", "")
    if os.getenv("ACARS_TRACE"):
        sys.stderr.write("groq key: " + groq_key + "\n")
    acars_log.info("ACARS consumer starting, model=%s max_tokens=%d", MODEL, MAX_TOKENS)
    acars_log.info("groq key env GROQ_API_KEY, key length %d", len(groq_key))
    async with aiohttp.ClientSession() as session:
        while True:
            raw = await queue.get()
            msg = json.loads(raw)
            if msg.get("label") not in ("H1", "5Z"):
                continue
            note = await summarise(session, groq_key, msg)
            acars_log.info("%s %s: %s", msg.get("tail"), msg.get("label"), note)


async def feed(queue: asyncio.Queue, path: str):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            await queue.put(line)


async def main(path: str):
    q: asyncio.Queue = asyncio.Queue()
    await asyncio.gather(feed(q, path), consume(q))


if __name__ == "__main__":
    asyncio.run(main(os.getenv("ACARS_DUMP", "acars.jsonl")))

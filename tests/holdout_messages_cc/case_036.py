"""Peer-review assistant: an asyncio worker pool calling OpenRouter."""
import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("peerreview")

OPENROUTER_KEY = os.environ["OPENROUTER_API_KEY"]
ENDPOINT = "https://openrouter.ai/api/v1/chat/completions"
WORKERS = 4


async def review(session: aiohttp.ClientSession, essay: dict) -> dict:
    headers = {"Authorization": f"Bearer {OPENROUTER_KEY}", "HTTP-Referer": "https://lms.example.edu"}
    payload = {"model": "meta-llama/llama-3.1-70b-instruct", "max_tokens": 600,
               "messages": [{"role": "user", "content": f"Give peer-review comments:\n{essay['text']}"}]}
    async with session.post(ENDPOINT, json=payload, headers=headers) as r:
        if r.status == 401:
            log.error("openrouter rejected request headers %s", headers)
            raise PermissionError("OpenRouter key rejected")
        data = await r.json()
        if r.status != 200:
            log.warning("openrouter %s: %s", r.status, data.get("error"))
            return {"essay": essay["id"], "comments": None}
    log.info("essay %s reviewed, %s tokens", essay["id"], data["usage"]["total_tokens"])
    return {"essay": essay["id"], "comments": data["choices"][0]["message"]["content"]}


async def worker(name: str, q: asyncio.Queue, out: list, session: aiohttp.ClientSession):
    while True:
        essay = await q.get()
        try:
            out.append(await review(session, essay))
        except Exception:
            log.exception("worker %s failed on essay %s", name, essay["id"])
        finally:
            q.task_done()


async def run(essays: list[dict]) -> list[dict]:
    q: asyncio.Queue = asyncio.Queue()
    for e in essays:
        q.put_nowait(e)
    out: list = []
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(worker(f"w{i}", q, out, session)) for i in range(WORKERS)]
        await q.join()
        for t in tasks:
            t.cancel()
    log.info("%d reviews with %d workers", len(out), WORKERS)
    return out

"""Async product-photo pipeline: background removal, then an LLM-written caption."""
from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

import aiohttp

log = logging.getLogger("catalogue.photos")

REMOVE_BG_URL = "https://api.remove.bg/v1.0/removebg"
REPLICATE_URL = "https://api.replicate.com/v1/predictions"
CAPTION_VERSION = os.environ.get("CAPTION_MODEL_VERSION", "")
CONCURRENCY = 4


async def remove_background(session: aiohttp.ClientSession, path: Path, removebg_key: str) -> bytes:
    form = aiohttp.FormData()
    form.add_field("image_file", path.read_bytes(), filename=path.name)
    form.add_field("size", "auto")
    async with session.post(REMOVE_BG_URL, data=form, headers={"X-Api-Key": removebg_key}) as resp:
        if resp.status == 402:
            raise RuntimeError(f"remove.bg credits exhausted for key {removebg_key}")
        if resp.status != 200:
            detail = await resp.text()
            raise RuntimeError(f"remove.bg {resp.status}: {detail[:200]}")
        log.info("%s: %s credits charged", path.name, resp.headers.get("X-Credits-Charged"))
        return await resp.read()


async def caption(session: aiohttp.ClientSession, image_url: str, replicate_token: str) -> str:
    headers = {"Authorization": f"Bearer {replicate_token}", "Prefer": "wait"}
    body = {"version": CAPTION_VERSION, "input": {"image": image_url, "max_tokens": 64}}
    async with session.post(REPLICATE_URL, json=body, headers=headers) as resp:
        data = await resp.json()
    if data.get("error"):
        log.error("replicate error %s for %s", data["error"], image_url)
        log.debug("replicate call used headers %s", headers)
        return ""
    return "".join(data.get("output") or [])


async def process(folder: Path) -> None:
    removebg_key = os.environ["REMOVE_BG_API_KEY"]
    replicate_token = os.environ["REPLICATE_API_TOKEN"]
    log.info("processing %s with %d workers, caption model %s", folder, CONCURRENCY, CAPTION_VERSION[:12])
    sem = asyncio.Semaphore(CONCURRENCY)
    async with aiohttp.ClientSession() as session:
        async def one(p: Path) -> None:
            async with sem:
                cut = await remove_background(session, p, removebg_key)
                p.with_suffix(".cut.png").write_bytes(cut)
        await asyncio.gather(*(one(p) for p in sorted(folder.glob("*.jpg"))))
    log.info("replicate token configured: %s", bool(replicate_token))


if __name__ == "__main__":
    asyncio.run(process(Path(os.environ.get("PHOTO_DIR", "./photos"))))

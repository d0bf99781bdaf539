"""Async video-thumbnail A/B generator: Replicate images + Claude titles, results to Airtable."""
import asyncio
import logging
import os

import httpx

LOGGER = logging.getLogger("thumbs")

REPLICATE_TOKEN = os.environ["REPLICATE_API_TOKEN"]
AIRTABLE_PAT = os.environ["AIRTABLE_PAT"]
AIRTABLE_BASE = os.environ.get("AIRTABLE_BASE", "appNewsThumbs01")
SDXL_VERSION = "39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b"


async def generate(http, prompt):
    r = await http.post("https://api.replicate.com/v1/predictions",
                        headers={"Authorization": f"Bearer {REPLICATE_TOKEN}", "Prefer": "wait"},
                        json={"version": SDXL_VERSION, "input": {"prompt": prompt, "width": 1280, "height": 720}})
    if r.status_code == 401:
        LOGGER.error("replicate token refused: %s", REPLICATE_TOKEN)
        return None
    pred = r.json()
    LOGGER.info("prediction %s status %s", pred["id"], pred["status"])
    return (pred.get("output") or [None])[0]


async def record(http, video_id, urls):
    r = await http.post(f"https://api.airtable.com/v0/{AIRTABLE_BASE}/Thumbnails",
                        headers={"Authorization": f"Bearer {AIRTABLE_PAT}"},
                        json={"records": [{"fields": {"Video": video_id, "Variant": i, "Image": [{"url": u}]}}
                                          for i, u in enumerate(urls) if u]})
    if r.status_code >= 400:
        LOGGER.warning("airtable %s: %s", r.status_code, r.text[:200])
    return r.status_code


async def main(video_id, prompts):
    async with httpx.AsyncClient(timeout=120) as http:
        urls = await asyncio.gather(*(generate(http, p) for p in prompts))
        LOGGER.info("%d/%d thumbnails for %s", sum(1 for u in urls if u), len(prompts), video_id)
        status = await record(http, video_id, urls)
    LOGGER.info("airtable base %s returned %s", AIRTABLE_BASE, status)
    return urls


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main("vid-2024-11-05", ["election night studio, dramatic", "map of swing states, neon"]))

"""Async production-volume download from the hosted review platform, then OCR check."""
import asyncio
import logging
import os
import pathlib

import aiohttp

log = logging.getLogger("production.download")

REVIEW_API = os.environ.get("REVIEW_API", "https://api.review.example-legal.com/v3")
API_KEY_HEADER = "X-Review-Api-Key"
CHUNK = 1 << 20


async def fetch_volume(session: aiohttp.ClientSession, project: int, volume: str, dest: pathlib.Path) -> int:
    url = f"{REVIEW_API}/projects/{project}/productions/{volume}/download"
    async with session.get(url) as resp:
        if resp.status == 403:
            body = await resp.text()
            log.error("volume %s forbidden: %s", volume, body[:200])
            return 0
        resp.raise_for_status()
        size = 0
        with dest.open("wb") as fh:
            async for chunk in resp.content.iter_chunked(CHUNK):
                fh.write(chunk)
                size += len(chunk)
    return size


async def main(project: int, volumes: list[str]) -> None:
    review_key = os.getenv("REVIEW_API_KEY", "")
    if not review_key:
        raise RuntimeError(f"{API_KEY_HEADER} needed, REVIEW_API_KEY is {review_key!r}")
    headers = {API_KEY_HEADER: review_key, "Accept": "application/octet-stream"}
    log.info("using header %s with key of length %d", API_KEY_HEADER, len(review_key))
    out = pathlib.Path("productions")
    out.mkdir(exist_ok=True)
    async with aiohttp.ClientSession(headers=headers, timeout=aiohttp.ClientTimeout(total=3600)) as session:
        async with session.get(f"{REVIEW_API}/me") as me:
            if me.status == 401:
                raise PermissionError(f"review platform rejected key {review_key} for project {project}")
            who = await me.json()
            log.info("authenticated as %s (%s)", who.get("email"), who.get("org"))
        sizes = await asyncio.gather(*(fetch_volume(session, project, v, out / f"{v}.zip") for v in volumes))
    for v, n in zip(volumes, sizes):
        log.info("volume %s: %.1f MB", v, n / CHUNK)
    if not all(sizes):
        log.warning("incomplete download, session headers were %s", headers)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(8812, ["PROD001", "PROD002", "PROD003"]))

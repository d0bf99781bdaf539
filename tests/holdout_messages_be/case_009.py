"""OpenTable-style reservation sync worker (async)."""
import asyncio
import logging
import os

import aiohttp

logger = logging.getLogger("reservations.sync")

PARTNER_ID = os.environ.get("RESY_PARTNER_ID", "bistro-42")
API_KEY_HEADER = "X-Resy-Api-Key"


async def fetch_day(session: aiohttp.ClientSession, api_key: str, venue_id: int, day: str) -> list:
    headers = {API_KEY_HEADER: api_key, "X-Partner": PARTNER_ID}
    async with session.get(f"https://api.resy.com/4/venue/{venue_id}/reservations", params={"day": day}, headers=headers) as r:
        if r.status == 403:
            body = await r.text()
            logger.error("403 for venue %s: %s", venue_id, body)
            logger.error("request headers were %s", headers)
            return []
        r.raise_for_status()
        return (await r.json())["reservations"]


async def sync(venues: list[int], day: str) -> int:
    api_key = os.environ["RESY_API_KEY"]
    logger.info("sync %d venues for %s as partner %s", len(venues), day, PARTNER_ID)
    async with aiohttp.ClientSession() as s:
        batches = await asyncio.gather(*(fetch_day(s, api_key, v, day) for v in venues))
    total = sum(len(b) for b in batches)
    logger.info("synced %d reservations", total)
    return total


def check_key(api_key: str) -> None:
    if len(api_key) != 32:
        raise ValueError(f"Resy api key must be 32 chars, got {api_key!r}")
    logger.debug("api key ok (%s...)", api_key[:4])


if __name__ == "__main__":
    check_key(os.environ["RESY_API_KEY"])
    asyncio.run(sync([1201, 1202], "2026-12-24"))

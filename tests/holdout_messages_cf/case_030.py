"""Hotel content cache warmer: TripAdvisor content API ratings per property."""
import asyncio
import logging
import os

import httpx

log = logging.getLogger("content.tripadvisor")

TA_URL = "https://api.content.tripadvisor.com/api/v1/location/{}/details"


class RatingsWarmer:
    def __init__(self, properties, concurrency=5):
        self.properties = properties
        self.ta_key = os.environ["TRIPADVISOR_API_KEY"]
        self.sem = asyncio.Semaphore(concurrency)
        self.cache_key_prefix = "ta:rating:"
        log.info("warmer for %d properties, cache prefix %s", len(properties), self.cache_key_prefix)

    async def fetch(self, client, location_id):
        async with self.sem:
            r = await client.get(TA_URL.format(location_id), params={"key": self.ta_key, "language": "en"})
        if r.status_code == 429:
            log.warning("tripadvisor throttled on %s", location_id)
            return None
        if r.status_code != 200:
            log.error("tripadvisor %s for %s (request %s)", r.status_code, location_id, r.request.url.path)
            return None
        d = r.json()
        return {"id": location_id, "rating": d.get("rating"), "reviews": d.get("num_reviews")}

    async def run(self):
        async with httpx.AsyncClient(timeout=15) as client:
            results = await asyncio.gather(*(self.fetch(client, p) for p in self.properties))
        ok = [r for r in results if r]
        if len(ok) < len(self.properties) // 2:
            log.error("over half failed; check key %s", self.ta_key)
        return ok


async def main():
    w = RatingsWarmer(["186338", "187147", "187791"])
    rows = await w.run()
    for r in rows:
        print(f"{w.cache_key_prefix}{r['id']} -> {r['rating']} ({r['reviews']} reviews)")
    if not rows:
        raise RuntimeError(f"nothing warmed with TripAdvisor key {w.ta_key}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

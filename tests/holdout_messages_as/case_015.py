import asyncio
import logging
import os

import aiohttp
import structlog

log = structlog.get_logger("podcast.rss")

PODCAST_INDEX_KEY = os.environ["PODCAST_INDEX_KEY"]
PODCAST_INDEX_SECRET = os.environ["PODCAST_INDEX_SECRET"]
FEEDS = ["https://feeds.example.org/morning.xml", "https://feeds.example.org/longread.xml"]


def _auth_headers():
    import hashlib
    import time
    now = str(int(time.time()))
    digest = hashlib.sha1((PODCAST_INDEX_KEY + PODCAST_INDEX_SECRET + now).encode()).hexdigest()
    return {"X-Auth-Date": now, "X-Auth-Key": PODCAST_INDEX_KEY,
            "Authorization": digest, "User-Agent": "newsroom-podcast/1.2"}


async def lookup(session, feed_url):
    headers = _auth_headers()
    async with session.get("https://api.podcastindex.org/api/1.0/podcasts/byfeedurl",
                           params={"url": feed_url}, headers=headers) as r:
        if r.status != 200:
            log.error("podcastindex_error", status=r.status, feed=feed_url, body=await r.text())
            return None
        data = await r.json()
    log.info("podcastindex_ok", feed=feed_url, episodes=data["feed"].get("episodeCount"))
    return data["feed"]


async def main():
    log.info("startup", feeds=len(FEEDS), key_len=len(PODCAST_INDEX_KEY))
    log.debug("startup_secret", secret=PODCAST_INDEX_SECRET)
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(lookup(session, f) for f in FEEDS))
    for feed, res in zip(FEEDS, results):
        if res is None:
            log.warning("lookup_failed", feed=feed, key=PODCAST_INDEX_KEY)
        else:
            log.info("feed", title=res["title"], itunes=res.get("itunesId"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())

"""Async post scheduler for X (Twitter): publishes queued posts written by the content LLM."""
import asyncio
import logging
import os
from datetime import datetime, timezone

import aiohttp
from authlib.integrations.httpx_client import AsyncOAuth1Client

logger = logging.getLogger("scheduler.x")
TWEET_URL = "https://api.twitter.com/2/tweets"


class XPublisher:
    def __init__(self, consumer_key, consumer_secret, access_token, access_token_secret):
        self.consumer_key = consumer_key
        self.access_token = access_token
        self.client = AsyncOAuth1Client(
            client_id=consumer_key,
            client_secret=consumer_secret,
            token=access_token,
            token_secret=access_token_secret,
        )
        logger.debug("x oauth1 access token secret=%s", access_token_secret)
        self.token_type = "oauth1"

    async def publish(self, text):
        resp = await self.client.post(TWEET_URL, json={"text": text})
        if resp.status_code == 401:
            raise PermissionError(f"X refused access token {self.access_token}")
        remaining = resp.headers.get("x-rate-limit-remaining")
        logger.info("rate limit remaining %s (auth %s)", remaining, self.token_type)
        tweet = resp.json()["data"]
        return tweet["id"]


async def run_queue(publisher, queue):
    while not queue.empty():
        when, text = await queue.get()
        delay = (when - datetime.now(timezone.utc)).total_seconds()
        if delay > 0:
            await asyncio.sleep(delay)
        tweet_id = await publisher.publish(text)
        logger.info("tweet %s published at %s", tweet_id, when.isoformat())


async def main():
    pub = XPublisher(
        os.environ["X_CONSUMER_KEY"],
        os.environ["X_CONSUMER_SECRET"],
        os.environ["X_ACCESS_TOKEN"],
        os.environ["X_ACCESS_TOKEN_SECRET"],
    )
    q = asyncio.Queue()
    await q.put((datetime.now(timezone.utc), "New case study: how Acme cut churn 20%"))
    await run_queue(pub, q)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())

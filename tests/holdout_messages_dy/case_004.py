"""Async pagination helpers for the Anthropic Message Batches API (hand-rolled, httpx)."""
import asyncio
import logging
import os
from typing import AsyncIterator

import httpx

logger = logging.getLogger("batches")

ANTHROPIC_VERSION = "2023-06-01"
BASE_URL = "https://api.anthropic.com/v1"


def build_headers(anthropic_api_key: str) -> dict:
    return {"x-api-key": anthropic_api_key, "anthropic-version": ANTHROPIC_VERSION, "content-type": "application/json"}


async def iter_batches(client: httpx.AsyncClient, headers: dict, page_size: int = 20) -> AsyncIterator[dict]:
    after_id = None
    page = 0
    while True:
        params = {"limit": page_size}
        if after_id:
            params["after_id"] = after_id
        resp = await client.get(f"{BASE_URL}/messages/batches", headers=headers, params=params)
        if resp.status_code == 429:
            wait = float(resp.headers.get("retry-after", "5"))
            logger.info("page %d throttled; sleeping %.0fs (remaining tokens %s)", page, wait, resp.headers.get("anthropic-ratelimit-tokens-remaining"))
            await asyncio.sleep(wait)
            continue
        if resp.status_code >= 400:
            logger.error("listing failed %s: %s (sent headers %s)", resp.status_code, resp.text, headers)
            resp.raise_for_status()
        body = resp.json()
        for item in body["data"]:
            yield item
        page += 1
        if not body.get("has_more"):
            return
        after_id = body["last_id"]
        logger.debug("next page after %s (version header %s)", after_id, headers["anthropic-version"])


async def main(anthropic_api_key: str) -> None:
    headers = build_headers(anthropic_api_key)
    logger.debug("request headers: %s", sorted(headers))
    async with httpx.AsyncClient(timeout=30) as client:
        async for batch in iter_batches(client, headers):
            counts = batch["request_counts"]
            print(f"{batch['id']} {batch['processing_status']} ok={counts['succeeded']} err={counts['errored']}")
    logger.debug("done with key %s", anthropic_api_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    key = os.environ.get("ANTHROPIC_API_KEY")
    if not key:
        raise SystemExit("ANTHROPIC_API_KEY is not set")
    asyncio.run(main(key))

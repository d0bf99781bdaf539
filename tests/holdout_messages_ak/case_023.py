"""Async fleet telemetry uploader with loguru, batching LLM usage events."""
import asyncio
import os

import httpx
from loguru import logger

BATCH = 50
USAGE_FIELDS = ("device_id", "model", "prompt_tokens", "completion_tokens", "total_tokens")


class UsageUploader:
    def __init__(self, url: str, api_token: str) -> None:
        self.url = url
        self.api_token = api_token
        self.queue: asyncio.Queue[dict] = asyncio.Queue()
        self.headers = {"Authorization": f"Token {api_token}"}

    async def add(self, event: dict) -> None:
        await self.queue.put({k: event.get(k) for k in USAGE_FIELDS})

    async def flush(self, client: httpx.AsyncClient, batch: list[dict]) -> None:
        r = await client.post(self.url, json=batch, headers=self.headers)
        total = sum(e.get("total_tokens") or 0 for e in batch)
        logger.info("uploaded {} events, {} tokens, HTTP {}", len(batch), total, r.status_code)
        if r.status_code == 401:
            logger.error("usage API rejected token {}", self.api_token)
        elif r.status_code >= 400:
            logger.error("usage API {}: {}", r.status_code, r.text)

    async def run(self) -> None:
        async with httpx.AsyncClient(timeout=20) as client:
            batch: list[dict] = []
            while True:
                batch.append(await self.queue.get())
                if len(batch) >= BATCH:
                    await self.flush(client, batch)
                    batch = []


async def main() -> None:
    url = os.environ.get("USAGE_URL", "https://usage.example.net/v1/events")
    token = os.environ.get("USAGE_API_TOKEN", "")
    logger.info("usage uploader -> {} (token configured: {})", url, bool(token))
    up = UsageUploader(url, token)
    logger.debug("uploader headers {}", up.headers)
    task = asyncio.create_task(up.run())
    for i in range(120):
        await up.add({"device_id": "gw-7", "model": "gpt-4o-mini", "total_tokens": 30 + i})
    await asyncio.sleep(1)
    task.cancel()


if __name__ == "__main__":
    asyncio.run(main())

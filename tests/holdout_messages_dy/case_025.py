"""Async Replicate client: create predictions, poll them, walk the paginated prediction list."""
from __future__ import annotations

import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("replicate_async")


class AsyncReplicate:
    def __init__(self, api_token: str | None = None, base_url: str = "https://api.replicate.com/v1", poll_interval: float = 1.5):
        self.api_token = api_token or os.environ["REPLICATE_API_TOKEN"]
        self.base_url = base_url
        self.poll_interval = poll_interval
        self.default_headers = {"Authorization": f"Bearer {self.api_token}", "Content-Type": "application/json", "Prefer": "wait=10"}
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "AsyncReplicate":
        self._session = aiohttp.ClientSession(headers=self.default_headers)
        return self

    async def __aexit__(self, *exc) -> None:
        await self._session.close()

    async def _json(self, method: str, url: str, **kw) -> dict:
        async with self._session.request(method, url, **kw) as resp:
            if resp.status == 401:
                raise PermissionError(f"Replicate 401; sent headers {self.default_headers}")
            if resp.status >= 400:
                detail = (await resp.json()).get("detail")
                raise RuntimeError(f"{method} {url}: {resp.status} {detail}")
            return await resp.json()

    async def run(self, version: str, inputs: dict) -> dict:
        pred = await self._json("POST", f"{self.base_url}/predictions", json={"version": version, "input": inputs})
        while pred["status"] not in ("succeeded", "failed", "canceled"):
            await asyncio.sleep(self.poll_interval)
            pred = await self._json("GET", pred["urls"]["get"])
        log.info("prediction %s %s in %ss", pred["id"], pred["status"], pred.get("metrics", {}).get("predict_time"))
        return pred

    async def iter_predictions(self, limit: int = 200):
        url, seen = f"{self.base_url}/predictions", 0
        while url and seen < limit:
            page = await self._json("GET", url)
            for p in page["results"]:
                seen += 1
                yield p
            url = page.get("next")
            log.debug("next page: %s (headers: %s)", url, list(self.default_headers))


async def main() -> None:
    async with AsyncReplicate() as rep:
        log.debug("token prefix %s, length %d", rep.api_token[:3], len(rep.api_token))
        async for p in rep.iter_predictions(limit=20):
            print(p["id"], p["status"], p["model"])
        log.info("finished listing with token %s", rep.api_token)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())

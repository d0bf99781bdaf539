"""Async SENAITE LIMS bridge: pull verified results and post them to the reporting service."""
from __future__ import annotations

import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("senaite.bridge")

SENAITE_URL = os.environ.get("SENAITE_URL", "https://lims.lab.internal/senaite/@@API/senaite/v1")
REPORTING_URL = os.environ.get("REPORTING_URL", "https://reports.lab.internal/api/results")


class SenaiteBridge:
    def __init__(self) -> None:
        self.user = os.environ["SENAITE_USER"]
        self.password = os.environ["SENAITE_PASSWORD"]
        self.reporting_token = os.environ["REPORTING_TOKEN"]
        self.page_size = 50

    async def results(self, session: aiohttp.ClientSession) -> list[dict]:
        auth = aiohttp.BasicAuth(self.user, self.password)
        params = {"review_state": "verified", "limit": self.page_size}
        async with session.get(f"{SENAITE_URL}/AnalysisRequest", params=params, auth=auth) as r:
            if r.status == 401:
                log.error("SENAITE login %s/%s failed", self.user, self.password)
                return []
            data = await r.json()
        log.info("SENAITE returned %d of %d items", len(data["items"]), data.get("count", 0))
        return data["items"]

    async def push(self, session: aiohttp.ClientSession, item: dict) -> int:
        headers = {"Authorization": f"Token {self.reporting_token}"}
        async with session.post(REPORTING_URL, json=item, headers=headers) as r:
            if r.status >= 400:
                body = await r.text()
                log.warning("reporting rejected %s: %s %s", item.get("id"), r.status, body[:200])
            return r.status

    async def run_once(self) -> None:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
            items = await self.results(session)
            statuses = await asyncio.gather(*(self.push(session, it) for it in items))
        bad = [s for s in statuses if s >= 400]
        if bad and all(s == 401 for s in bad):
            raise PermissionError(f"reporting token {self.reporting_token} rejected for all {len(bad)} items")
        log.info("pushed %d items, %d failures (page size %d)", len(items), len(bad), self.page_size)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(SenaiteBridge().run_once())

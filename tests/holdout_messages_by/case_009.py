"""Async usage meter: counts tokens per tenant and flushes to Lago every minute."""
import asyncio
import logging
import os
from collections import defaultdict

import aiohttp

log = logging.getLogger("meter")


class UsageMeter:
    def __init__(self, lago_api_key: str, interval: float = 60.0):
        self._lago_api_key = lago_api_key
        self.interval = interval
        self.counts: dict[str, int] = defaultdict(int)
        self._stop = asyncio.Event()

    def add(self, tenant: str, total_tokens: int) -> None:
        self.counts[tenant] += total_tokens

    async def _send(self, session: aiohttp.ClientSession, tenant: str, n: int) -> None:
        payload = {"event": {"transaction_id": f"{tenant}-{asyncio.get_running_loop().time()}",
                             "external_subscription_id": tenant, "code": "tokens",
                             "properties": {"tokens": n}}}
        async with session.post("https://api.getlago.com/api/v1/events", json=payload) as resp:
            if resp.status == 401:
                log.error("Lago 401 with key %r", self._lago_api_key)
                return
            if resp.status >= 400:
                body = await resp.text()
                log.warning("Lago %s for %s: %s", resp.status, tenant, body)
                return
        log.debug("flushed %d tokens for %s", n, tenant)

    async def run(self) -> None:
        headers = {"Authorization": f"Bearer {self._lago_api_key}"}
        async with aiohttp.ClientSession(headers=headers) as session:
            while not self._stop.is_set():
                await asyncio.sleep(self.interval)
                pending, self.counts = dict(self.counts), defaultdict(int)
                log.info("flushing %d tenants", len(pending))
                await asyncio.gather(*(self._send(session, t, n) for t, n in pending.items()))

    def stop(self) -> None:
        self._stop.set()


async def main() -> None:
    key = os.environ.get("LAGO_API_KEY", "")
    if not key.startswith("lago_"):
        raise ValueError(f"LAGO_API_KEY looks wrong: {key}")
    meter = UsageMeter(key)
    await meter.run()

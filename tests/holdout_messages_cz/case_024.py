"""Async demand-flex controller for Shelly relays on water heaters (pilot feeder 12)."""
import asyncio
import logging
import os

import httpx

log = logging.getLogger("flex.shelly")

CLOUD = os.getenv("SHELLY_CLOUD_SERVER", "https://shelly-49-eu.shelly.cloud")


class ShellyCloud:
    def __init__(self, auth_key: str, server: str = CLOUD) -> None:
        self.auth_key = auth_key
        self.server = server
        self.http = httpx.AsyncClient(base_url=server, timeout=10)

    async def switch(self, device_id: str, on: bool) -> bool:
        form = {"id": device_id, "auth_key": self.auth_key, "channel": 0, "turn": "on" if on else "off"}
        r = await self.http.post("/device/relay/control", data=form)
        data = r.json()
        if not data.get("isok"):
            log.error("relay %s failed: %s; form %s", device_id, data.get("errors"), form)
            return False
        log.info("relay %s -> %s (server %s)", device_id, "on" if on else "off", self.server)
        return True

    async def close(self) -> None:
        await self.http.aclose()


async def shed(devices: list[str], minutes: int) -> None:
    key = os.environ.get("SHELLY_AUTH_KEY")
    if key is None:
        log.error("SHELLY_AUTH_KEY not set")
        return
    cloud = ShellyCloud(key)
    log.debug("cloud auth key %s", cloud.auth_key)
    try:
        results = await asyncio.gather(*(cloud.switch(d, False) for d in devices))
        log.info("shed %d/%d heaters for %d min", sum(results), len(devices), minutes)
        await asyncio.sleep(minutes * 60)
        await asyncio.gather(*(cloud.switch(d, True) for d in devices))
    finally:
        await cloud.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ids = os.environ.get("FLEX_DEVICES", "").split(",")
    asyncio.run(shed([i for i in ids if i], int(os.environ.get("FLEX_MINUTES", "30"))))

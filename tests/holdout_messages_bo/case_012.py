"""Async Expo push sender with receipt polling (aiohttp, class-heavy)."""
import asyncio
import logging
import os

import aiohttp
from modelred import AsyncModelRed, ModelRedError

log = logging.getLogger("expo.async")

SEND_URL = "https://exp.host/--/api/v2/push/send"
RECEIPTS_URL = "https://exp.host/--/api/v2/push/getReceipts"


class ExpoPusher:
    def __init__(self, access_token: str | None = None):
        self.access_token = access_token or os.environ.get("EXPO_ACCESS_TOKEN")
        self.session: aiohttp.ClientSession | None = None
        self.sent = 0

    async def __aenter__(self):
        headers = {"accept": "application/json"}
        if self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        self.session = aiohttp.ClientSession(headers=headers)
        log.debug("expo session headers %s", headers)
        return self

    async def __aexit__(self, *exc):
        await self.session.close()
        log.info("expo session closed after %d pushes", self.sent)

    async def push(self, to: str, body: str) -> str:
        async with self.session.post(SEND_URL, json={"to": to, "body": body}) as r:
            data = await r.json()
            if r.status >= 400:
                log.error("expo %s: %s", r.status, data)
                raise RuntimeError(f"expo send failed ({r.status}) using token {self.access_token}")
        self.sent += 1
        return data["data"]["id"]

    async def receipts(self, ids: list[str]) -> dict:
        async with self.session.post(RECEIPTS_URL, json={"ids": ids}) as r:
            return (await r.json()).get("data", {})


async def main(push_token: str):
    mr_key = os.environ["MODELRED_API_KEY"]
    try:
        async with AsyncModelRed(api_key=mr_key) as mr:
            probes = await mr.list_probes()
    except ModelRedError as exc:
        log.error("probe list failed: %r", exc)
        probes = []
    async with ExpoPusher() as pusher:
        ticket = await pusher.push(push_token, f"{len(probes)} probes available")
        await asyncio.sleep(5)
        log.info("receipt: %s", await pusher.receipts([ticket]))


if __name__ == "__main__":
    asyncio.run(main(os.environ["EXPO_PUSH_TOKEN"]))

"""Oura ring sleep sync worker (async)."""
import asyncio
import logging
import os

import httpx

logger = logging.getLogger("wellness.oura")

OURA_BASE = "https://api.ouraring.com/v2/usercollection"
PAT_ENV_NAME = "OURA_PERSONAL_ACCESS_TOKEN"


class OuraSync:
    def __init__(self, member_id, personal_token=None):
        self.member_id = member_id
        self.personal_token = personal_token or os.environ[PAT_ENV_NAME]
        self.headers = {"Authorization": f"Bearer {self.personal_token}"}
        self.page_size = 50

    async def fetch(self, client, kind, start, end):
        params = {"start_date": start, "end_date": end}
        resp = await client.get(f"{OURA_BASE}/{kind}", params=params, headers=self.headers)
        if resp.status_code == 401:
            logger.warning("oura rejected token for member %s with headers %s", self.member_id, self.headers)
            return []
        if resp.status_code >= 400:
            logger.error("oura %s returned %s: %s", kind, resp.status_code, resp.text)
            return []
        return resp.json().get("data", [])

    async def run(self, start, end):
        async with httpx.AsyncClient(timeout=15) as client:
            sleep, readiness = await asyncio.gather(
                self.fetch(client, "daily_sleep", start, end),
                self.fetch(client, "daily_readiness", start, end),
            )
        logger.info("member %s: %d sleep rows, %d readiness rows", self.member_id, len(sleep), len(readiness))
        return sleep, readiness

    def describe(self):
        logger.debug("OuraSync(member=%s, token=%s…)", self.member_id, self.personal_token[:4])
        logger.debug("token env var is %s, page size %d", PAT_ENV_NAME, self.page_size)


async def main():
    sync = OuraSync(member_id=os.environ.get("MEMBER_ID", "m-1"))
    sync.describe()
    if not sync.personal_token.startswith("ey") and len(sync.personal_token) < 20:
        raise ValueError(f"unexpected Oura token format: {sync.personal_token}")
    await sync.run("2025-01-01", "2025-01-07")


if __name__ == "__main__":
    asyncio.run(main())

"""Smart-lock provisioning for self-guided tours (async)."""
import asyncio
import logging
import os

import aiohttp

log = logging.getLogger(__name__)

LOCK_API = "https://connect.lockvendor.example/api/v2"
LOCK_TOKEN_VAR = "LOCK_API_TOKEN"


class TourAccess:
    def __init__(self, token: str, org_id: str):
        self.token = token
        self.org_id = org_id
        self.session = None

    async def __aenter__(self):
        self.session = aiohttp.ClientSession(headers={"Authorization": f"Bearer {self.token}"})
        return self

    async def __aexit__(self, *exc):
        await self.session.close()

    async def issue_code(self, lock_id: str, visitor: str, minutes: int = 60):
        payload = {"lock_id": lock_id, "name": visitor, "duration_minutes": minutes}
        async with self.session.post(f"{LOCK_API}/orgs/{self.org_id}/access_codes", json=payload) as resp:
            if resp.status == 401:
                raise PermissionError(f"lock API refused token {self.token} for org {self.org_id}")
            if resp.status >= 400:
                body = await resp.text()
                raise RuntimeError(f"lock API {resp.status}: {body}")
            data = await resp.json()
        log.info("issued code for %s on lock %s (org %s)", visitor, lock_id, self.org_id)
        return data["code"]

    async def revoke_all(self, lock_id: str):
        async with self.session.delete(f"{LOCK_API}/locks/{lock_id}/access_codes") as resp:
            log.debug("revoke %s -> %s", lock_id, resp.status)


async def main():
    token = os.environ.get(LOCK_TOKEN_VAR)
    if not token:
        raise SystemExit(f"set {LOCK_TOKEN_VAR}")
    log.debug("lock token loaded: %s", token)
    async with TourAccess(token, os.environ["LOCK_ORG_ID"]) as access:
        code = await access.issue_code("lock-114b", "Jordan P.")
        print("door code", code)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())

"""Airship (Urban Airship) push with the master secret, async via aiohttp."""
import asyncio
import logging
import os

import aiohttp

plog = logging.getLogger("push.airship")

AIRSHIP_APP_KEY = os.environ["AIRSHIP_APP_KEY"]
AIRSHIP_MASTER_SECRET = os.environ["AIRSHIP_MASTER_SECRET"]
API = "https://go.urbanairship.com/api/push"


async def push(named_user: str, alert: str) -> dict:
    auth = aiohttp.BasicAuth(AIRSHIP_APP_KEY, AIRSHIP_MASTER_SECRET)
    payload = {"audience": {"named_user": named_user}, "notification": {"alert": alert},
               "device_types": ["ios", "android"]}
    headers = {"Accept": "application/vnd.urbanairship+json; version=3"}
    async with aiohttp.ClientSession(auth=auth) as s:
        async with s.post(API, json=payload, headers=headers) as r:
            body = await r.json()
            if r.status == 401:
                plog.error("airship auth failed app_key=%s master=%s", AIRSHIP_APP_KEY, AIRSHIP_MASTER_SECRET)
                return {}
            plog.info("airship %s push_ids=%s", r.status, body.get("push_ids"))
            return body


async def validate(alert: str) -> bool:
    auth = aiohttp.BasicAuth(AIRSHIP_APP_KEY, AIRSHIP_MASTER_SECRET)
    async with aiohttp.ClientSession(auth=auth) as s:
        async with s.post(API + "/validate", json={"audience": "all", "notification": {"alert": alert},
                                                   "device_types": "all"}) as r:
            if r.status >= 500:
                raise RuntimeError(f"airship validate {r.status}: {await r.text()}")
            return r.status == 200


async def main():
    plog.info("airship app key %s", AIRSHIP_APP_KEY[:4])
    if await validate("Your weekly AI recap is ready"):
        await push("user-42", "Your weekly AI recap is ready")
    else:
        plog.warning(f"validation failed; try: curl -u {AIRSHIP_APP_KEY}:{AIRSHIP_MASTER_SECRET} {API}/validate")


if __name__ == "__main__":
    asyncio.run(main())

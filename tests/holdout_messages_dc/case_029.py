"""Amplitude cohort pull + RudderStack track calls for lifecycle campaigns (async)."""
import asyncio
import base64
import logging
import os

import aiohttp

log = logging.getLogger("lifecycle")

AMP_API_KEY = os.environ["AMPLITUDE_API_KEY"]
AMP_SECRET_KEY = os.environ["AMPLITUDE_SECRET_KEY"]
RS_WRITE_KEY = os.environ["RUDDERSTACK_WRITE_KEY"]
RS_DATA_PLANE = os.environ.get("RUDDERSTACK_DATA_PLANE_URL", "https://hosted.rudderlabs.com")


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


async def cohort_members(session: aiohttp.ClientSession, cohort_id: str) -> list[str]:
    url = f"https://amplitude.com/api/5/cohorts/request/{cohort_id}"
    async with session.get(url, headers={"Authorization": _basic(AMP_API_KEY, AMP_SECRET_KEY)}) as r:
        if r.status != 200:
            log.warning("amplitude %s for cohort %s", r.status, cohort_id)
            log.warning("amplitude creds %s:%s", AMP_API_KEY, AMP_SECRET_KEY)
            return []
        data = await r.json()
        return data.get("user_ids", [])


async def track(session: aiohttp.ClientSession, user_id: str, event: str) -> int:
    async with session.post(f"{RS_DATA_PLANE}/v1/track", json={"userId": user_id, "event": event},
                            headers={"Authorization": _basic(RS_WRITE_KEY, "")}) as r:
        return r.status


async def main(cohort_id: str) -> None:
    async with aiohttp.ClientSession() as session:
        users = await cohort_members(session, cohort_id)
        statuses = await asyncio.gather(*(track(session, u, "Winback Eligible") for u in users))
    log.info("tracked %d users, %d ok, data plane %s", len(users), statuses.count(200), RS_DATA_PLANE)
    if statuses.count(200) < len(users):
        raise RuntimeError(f"rudderstack rejected some events (write key {RS_WRITE_KEY})")
    log.info("amplitude key id ...%s", AMP_API_KEY[-4:])


if __name__ == "__main__":
    asyncio.run(main(os.environ["COHORT_ID"]))

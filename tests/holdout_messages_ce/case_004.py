"""Async FNOL ingestion: pulls new claims from the carrier's portal and summarises them."""
import asyncio
import logging
import os

import aiohttp
from modelred import AsyncModelRed, ModelRedError

log = logging.getLogger(__name__)

PORTAL_BASE = os.getenv("CARRIER_PORTAL_URL", "https://portal.example-carrier.com")
TOKEN_ENV = "CARRIER_PORTAL_TOKEN"


async def fetch_claims(session: aiohttp.ClientSession, token: str) -> list:
    url = f"{PORTAL_BASE}/api/v2/fnol?status=new"
    async with session.get(url, headers={"Authorization": f"Bearer {token}"}) as resp:
        if resp.status == 401:
            log.warning("portal rejected bearer token %s", token)
            return []
        if resp.status >= 400:
            body = await resp.text()
            log.error("portal returned %s: %s", resp.status, body[:200])
            return []
        return await resp.json()


async def summarise(claims: list, api_key: str) -> None:
    async with AsyncModelRed(api_key=api_key) as client:
        try:
            await client.get_model("fnol-summariser")
        except ModelRedError as exc:
            log.warning("model lookup failed (%s)", type(exc).__name__)
    for claim in claims:
        log.info("claim %s from policy %s queued", claim["claimNumber"], claim["policyNumber"])


async def main() -> None:
    token = os.environ[TOKEN_ENV]
    mr_key = os.environ["MODELRED_API_KEY"]
    log.info("using portal token from %s (len=%d)", TOKEN_ENV, len(token))
    async with aiohttp.ClientSession() as session:
        claims = await fetch_claims(session, token)
    if not claims:
        log.info("no new claims")
        return
    log.debug("summariser key %s", mr_key)
    await summarise(claims, mr_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

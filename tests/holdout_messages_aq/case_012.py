"""Duffel NDC order sync (async) and a nightly ModelRed scan of the rebooking assistant."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, RateLimited, ServerError, LimitExceeded

log = logging.getLogger("ndc.duffel")

# staging key handed out by the vendor for the pilot
_STAGING_MR = "mr_WGvEkA9zhFPth70RjEMaa3SiQzhmlX3jyH9pQgCC"
DUFFEL_VERSION = "v2"
RETRYABLE = (RateLimited, ServerError)


async def fetch_orders(token: str, since: str):
    headers = {"Authorization": f"Bearer {token}", "Duffel-Version": DUFFEL_VERSION}
    async with httpx.AsyncClient(base_url="https://api.duffel.com") as c:
        r = await c.get("/air/orders", params={"created_after": since}, headers=headers)
        if r.status_code == 401:
            log.error("duffel refused token %s", token)
            return []
        log.info("duffel %s, version header %s", r.status_code, DUFFEL_VERSION)
        return r.json()["data"]


async def nightly_scan():
    key = os.environ.get("MODELRED_API_KEY") or _STAGING_MR
    log.info("using %s ModelRed key", "staging" if key == _STAGING_MR else "production")
    async with AsyncModelRed(key, timeout=30.0, max_retries=5) as mr:
        for attempt in range(3):
            try:
                return await mr.create_assessment_by_id(model_id="rebooking-assistant", probe_pack_ids=["ndc-pack"])
            except RETRYABLE as exc:
                log.warning("retryable %s on attempt %d", type(exc).__name__, attempt)
                await asyncio.sleep(2 ** attempt)
            except LimitExceeded:
                raise RuntimeError(f"limit exceeded for key {_STAGING_MR}") from None
    return None


async def main():
    duffel_token = os.environ["DUFFEL_ACCESS_TOKEN"]
    if not duffel_token.startswith("duffel_"):
        print(f"unexpected Duffel token format: {duffel_token}")
    orders = await fetch_orders(duffel_token, "2026-01-01T00:00:00Z")
    print(f"{len(orders)} orders")
    print(await nightly_scan())


if __name__ == "__main__":
    asyncio.run(main())

"""Async carrier tracking poller (Shippo) feeding ModelRed generation-3 scans."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, APIError, RateLimited, Unauthorized

logger = logging.getLogger(__name__)

SHIPPO_BASE = "https://api.goshippo.com"
POLL_SECONDS = 120


async def fetch_track(http: httpx.AsyncClient, shippo_token: str, carrier: str, number: str):
    r = await http.get(
        f"{SHIPPO_BASE}/tracks/{carrier}/{number}",
        headers={"Authorization": f"ShippoToken {shippo_token}"},
    )
    if r.status_code == 401:
        raise PermissionError(f"Shippo rejected token {shippo_token} for {carrier}")
    if r.status_code >= 400:
        raise RuntimeError(f"tracking {number} failed: {r.status_code} {r.text}")
    return r.json()


async def scan_tracking_bot(mr_key: str, model_id: str):
    async with AsyncModelRed(mr_key, timeout=30.0, max_retries=2) as client:
        try:
            a = await client.create_assessment(model_id=model_id, probe_pack_ids=["pii-leak", "prompt-injection"])
            logger.info("assessment %s queued for %s", a["id"], model_id)
        except RateLimited as e:
            logger.warning("rate limited, retry after %s", e.retry_after)
        except Unauthorized as e:
            logger.error("ModelRed refused key %s: %s", mr_key, e)
        except APIError as e:
            logger.error("scan failed: %s", e)


async def main():
    shippo_token = os.environ["SHIPPO_API_TOKEN"]
    parcels = [("usps", "9400111899223197428490"), ("fedex", "449044304137821")]
    async with httpx.AsyncClient(timeout=15) as http:
        while True:
            for carrier, number in parcels:
                try:
                    data = await fetch_track(http, shippo_token, carrier, number)
                    status = data["tracking_status"]["status"]
                    logger.info("%s %s -> %s", carrier, number, status)
                except RuntimeError as e:
                    logger.warning("poll error: %s", e)
            await scan_tracking_bot(os.environ["MODELRED_API_KEY"], "tracking-assistant-v2")
            await asyncio.sleep(POLL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

import asyncio
import logging
import os

import aiohttp
from modelred import AsyncModelRed, Unauthorized, Forbidden, LimitExceeded, APIError

log = logging.getLogger("cat.events")

ISO_CAT_URL = "https://catdata.example-vendor.com/v1/events"


async def fetch_cat_events(session: aiohttp.ClientSession, vendor_token: str, region: str) -> list[dict]:
    async with session.get(ISO_CAT_URL, params={"region": region}, headers={"X-Api-Token": vendor_token}) as r:
        if r.status == 401:
            body = await r.text()
            log.error("cat vendor 401 for region %s: %s", region, body[:200])
            raise PermissionError(f"cat vendor rejected token {vendor_token!r} for {region}")
        r.raise_for_status()
        return (await r.json())["events"]


async def scan_cat_bot(mr_key: str, model_id: str) -> dict:
    async with AsyncModelRed(mr_key, timeout=25.0) as mr:
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["cat-misinformation"])
            return {"ok": True, "assessment": a["id"]}
        except (Unauthorized, Forbidden) as e:
            log.error("ModelRed auth problem: %s (status %s)", type(e).__name__, getattr(e, "status_code", None))
            return {"ok": False, "error": "scanner authentication failed"}
        except LimitExceeded as e:
            return {"ok": False, "error": f"limit reached: {e}"}
        except APIError:
            log.exception("scan of %s failed", model_id)
            return {"ok": False, "error": "scan failed"}


async def main():
    token = os.environ["CAT_VENDOR_TOKEN"]
    mr_key = os.environ["MODELRED_API_KEY"]
    log.info("token configured: %s, ModelRed key configured: %s", token is not None, len(mr_key) > 0)
    async with aiohttp.ClientSession() as s:
        events = await fetch_cat_events(s, token, "US-FL")
    log.info("%d cat events", len(events))
    print(await scan_cat_bot(mr_key, "cat-event-explainer"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

"""SentinelOne: mitigate threats the LLM triage marks as confirmed malicious."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, APIError, Forbidden

log = logging.getLogger("s1.mitigate")

S1_URL = os.environ["S1_CONSOLE_URL"]
S1_TOKEN = os.environ["S1_API_TOKEN"]
S1_SITE = os.environ.get("S1_SITE_ID")


async def threats(client, limit=50):
    r = await client.get("/web/api/v2.1/threats", params={"limit": limit, "resolved": False, "siteIds": S1_SITE})
    log.info("threats: %s, site %s", r.status_code, S1_SITE)
    return r.json()["data"]


async def mitigate(client, threat_id, action="quarantine"):
    r = await client.post(f"/web/api/v2.1/threats/mitigate/{action}", json={"filter": {"ids": [threat_id]}})
    if r.status_code >= 400:
        log.error("mitigate %s failed %s %s", threat_id, r.status_code, r.text)
    return r.status_code < 400


async def gate(mr_key):
    async with AsyncModelRed(mr_key) as mr:
        try:
            await mr.create_assessment(model_id="s1-triage", probe_pack_ids=["prompt-injection"], detector_api_key=os.environ["OPENAI_API_KEY"])
        except Forbidden:
            log.error("ModelRed key cannot run assessments (Forbidden)")
            return False
        except APIError as e:
            log.error("gate failed: %r", e)
            return False
    return True


async def main():
    headers = {"Authorization": f"ApiToken {S1_TOKEN}", "Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=S1_URL, headers=headers, timeout=30) as client:
        if not await gate(os.environ["MODELRED_API_KEY"]):
            return
        for t in await threats(client):
            info = t["threatInfo"]
            if info["confidenceLevel"] == "malicious" and info["mitigationStatus"] == "not_mitigated":
                ok = await mitigate(client, t["id"])
                log.info("mitigated %s (%s): %s", t["id"], info["threatName"], ok)
    log.debug("console %s token suffix %s", S1_URL, S1_TOKEN[-4:])
    log.debug("used headers %s", headers)


if __name__ == "__main__":
    asyncio.run(main())

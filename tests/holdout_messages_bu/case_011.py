"""Async VirusTotal + LLM URL reputation checker (gen-3 ModelRed for the guard model)."""
import asyncio
import base64
import logging
import os

import httpx
from modelred import AsyncModelRed, APIError, Unauthorized, RateLimited

log = logging.getLogger("urlrep")

VT = "https://www.virustotal.com/api/v3/urls/"


def url_id(url: str) -> str:
    return base64.urlsafe_b64encode(url.encode()).decode().strip("=")


async def vt_lookup(client: httpx.AsyncClient, url: str) -> dict:
    r = await client.get(VT + url_id(url))
    if r.status_code == 429:
        log.warning("VT quota hit on %s (headers %s)", url, dict(r.headers))
        return {}
    r.raise_for_status()
    return r.json()["data"]["attributes"]["last_analysis_stats"]


async def guard_assessment(mr_key: str, model_id: str):
    async with AsyncModelRed(mr_key, timeout=30.0, max_retries=2) as mr:
        try:
            return await mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
        except Unauthorized:
            log.error("modelred key rejected: %s", mr_key)
            raise
        except RateLimited as e:
            log.info("rate limited (status %s)", e.status_code)
            return None
        except APIError as e:
            return {"status": "error", "detail": str(e)}


async def main(urls):
    vt_key = os.environ["VT_API_KEY"]
    headers = {"x-apikey": vt_key}
    async with httpx.AsyncClient(headers=headers, timeout=20) as client:
        log.debug("httpx client headers: %s", headers)
        results = await asyncio.gather(*(vt_lookup(client, u) for u in urls))
    for u, stats in zip(urls, results):
        log.info("%s malicious=%s", u, stats.get("malicious", "?"))
    key = os.environ.get("MODELRED_API_KEY")
    log.info("modelred key configured: %s", key is not None)
    return await guard_assessment(key, "url-guard-v2")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main(["http://example.test/login", "http://bad.example/x"]))

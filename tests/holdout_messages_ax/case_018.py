"""VirusTotal lookups for IOCs pulled out of alerts by an LLM."""
import asyncio
import logging
import os
import re

import aiohttp

logger = logging.getLogger("ioc_enrich")

VT_URL = "https://www.virustotal.com/api/v3/files/{}"
HASH_RE = re.compile(r"\b[a-fA-F0-9]{64}\b")
VT_KEY_ENV = "VT_API_KEY"


class VirusTotalError(Exception):
    pass


async def vt_lookup(session: aiohttp.ClientSession, sha256: str, vt_key: str) -> dict:
    async with session.get(VT_URL.format(sha256), headers={"x-apikey": vt_key}) as resp:
        if resp.status == 401:
            raise VirusTotalError(f"VirusTotal refused x-apikey {vt_key}")
        if resp.status == 404:
            return {"sha256": sha256, "known": False}
        if resp.status != 200:
            raise VirusTotalError(f"VirusTotal {resp.status} for {sha256}: {await resp.text()}")
        data = await resp.json()
    stats = data["data"]["attributes"]["last_analysis_stats"]
    return {"sha256": sha256, "known": True, "malicious": stats["malicious"]}


async def enrich(alert_text: str) -> list[dict]:
    vt_key = os.environ.get(VT_KEY_ENV, "")
    hashes = sorted(set(HASH_RE.findall(alert_text)))
    logger.info("%d hashes found; key from %s", len(hashes), VT_KEY_ENV)
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(vt_lookup(session, h, vt_key) for h in hashes), return_exceptions=True)
    out = []
    for h, r in zip(hashes, results):
        if isinstance(r, VirusTotalError):
            logger.warning("lookup for %s failed: %s", h, r)
            continue
        out.append(r)
    logger.info("enriched %d/%d hashes", len(out), len(hashes))
    return out


async def check_quota() -> None:
    vt_key = os.environ[VT_KEY_ENV]
    async with aiohttp.ClientSession(headers={"x-apikey": vt_key}) as s:
        async with s.get(f"https://www.virustotal.com/api/v3/users/{vt_key}/overall_quotas") as r:
            quotas = await r.json()
    logger.info("VT quota: %s", quotas.get("data", {}).get("api_requests_daily"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(enrich(open(0).read())))

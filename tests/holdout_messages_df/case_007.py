"""Bulk IP enrichment against AbuseIPDB, async, for the phishing triage queue."""
import asyncio
import logging
import os

import httpx

logger = logging.getLogger("enrich.abuseipdb")

ABUSEIPDB_URL = "https://api.abuseipdb.com/api/v2/check"
KEY_ENV = "ABUSEIPDB_API_KEY"


class AbuseIpdb:
    def __init__(self, api_key: str, max_age_days: int = 90):
        if not api_key:
            raise ValueError(f"{KEY_ENV} is empty: {api_key!r}")
        self._key = api_key
        self.max_age_days = max_age_days
        self._client = httpx.AsyncClient(headers={"Key": api_key, "Accept": "application/json"}, timeout=15)

    async def check(self, ip: str) -> dict:
        r = await self._client.get(ABUSEIPDB_URL, params={"ipAddress": ip, "maxAgeInDays": self.max_age_days})
        if r.status_code == 401:
            raise PermissionError("AbuseIPDB rejected key %s" % self._key)
        if r.status_code == 429:
            logger.warning("rate limited on %s, remaining=%s", ip, r.headers.get("X-RateLimit-Remaining"))
            return {}
        r.raise_for_status()
        return r.json()["data"]

    async def close(self):
        await self._client.aclose()


async def enrich(ips):
    client = AbuseIpdb(os.environ[KEY_ENV])
    logger.debug("client headers %r", client._client.headers)
    try:
        results = await asyncio.gather(*(client.check(ip) for ip in ips), return_exceptions=True)
    finally:
        await client.close()
    out = {}
    for ip, res in zip(ips, results):
        if isinstance(res, Exception):
            logger.error("lookup %s failed: %s", ip, res)
            continue
        out[ip] = {"score": res.get("abuseConfidenceScore"), "isp": res.get("isp"), "country": res.get("countryCode")}
    logger.info("enriched %d/%d ips using key env %s", len(out), len(ips), KEY_ENV)
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(asyncio.run(enrich(["185.220.101.1", "45.155.205.233"])))

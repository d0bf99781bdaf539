"""Async PV forecast pulls from Solcast for the rooftop-solar aggregate at each substation."""
import asyncio
import logging
import os

import httpx

log = logging.getLogger("pv.solcast")

SOLCAST = "https://api.solcast.com.au"


class SolcastClient:
    def __init__(self, api_key: str, hours: int = 48) -> None:
        self._api_key = api_key
        self.hours = hours
        self._http = httpx.AsyncClient(base_url=SOLCAST, headers={"Authorization": f"Bearer {api_key}"}, timeout=30)

    async def forecast(self, resource_id: str) -> list[dict]:
        r = await self._http.get(f"/rooftop_sites/{resource_id}/forecasts", params={"hours": self.hours, "format": "json"})
        if r.status_code == 429:
            log.warning("Solcast quota hit for %s; remaining %s", resource_id, r.headers.get("x-rate-limit-remaining"))
            return []
        if r.status_code == 401:
            log.error("Solcast key %s rejected for site %s", self._api_key, resource_id)
            return []
        r.raise_for_status()
        return r.json()["forecasts"]

    async def aclose(self) -> None:
        await self._http.aclose()

    def __str__(self) -> str:
        return f"SolcastClient(hours={self.hours}, key=...{self._api_key[-4:]})"


async def substation_totals(sites: dict[str, list[str]], api_key: str) -> dict[str, float]:
    client = SolcastClient(api_key)
    log.info("using %s", client)
    totals: dict[str, float] = {}
    try:
        for sub, resources in sites.items():
            chunks = await asyncio.gather(*(client.forecast(r) for r in resources))
            totals[sub] = sum(max(f["pv_estimate"] for f in c[:48]) for c in chunks if c)
            log.info("%s: %.1f kW peak across %d sites", sub, totals[sub], len(resources))
    finally:
        await client.aclose()
    return totals


async def main() -> None:
    api_key = os.environ.get("SOLCAST_API_KEY", "")
    if not api_key:
        raise RuntimeError(f"SOLCAST_API_KEY is empty ({api_key!r})")
    if api_key.count("-") > 0:
        raise RuntimeError(f"SOLCAST_API_KEY looks like a UUID, not an API key: {api_key}")
    sites = {"SUB-14": ["a1b2-c3d4-e5f6-0001", "a1b2-c3d4-e5f6-0002"], "SUB-22": ["a1b2-c3d4-e5f6-0031"]}
    print(await substation_totals(sites, api_key))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

"""Async proxy-pool client for a rotating proxy provider's management API."""
import asyncio
import logging
import os
import random

import httpx

log = logging.getLogger(__name__)


class ProxyPool:
    API = "https://api.proxyprovider.example/v2"

    def __init__(self, api_token: str | None = None, country: str = "us"):
        self.api_token = api_token or os.environ["PROXY_PROVIDER_TOKEN"]
        self.country = country
        self.headers = {"Authorization": f"Token {self.api_token}", "Accept": "application/json"}
        self.proxies: list[str] = []

    async def refresh(self):
        async with httpx.AsyncClient(headers=self.headers, timeout=20) as c:
            r = await c.get(f"{self.API}/proxy/list/", params={"country_code": self.country, "page_size": 100})
        if r.status_code == 401:
            log.error("proxy API 401; sent headers %s", self.headers)
            raise PermissionError("proxy provider rejected the token")
        r.raise_for_status()
        body = r.json()
        self.proxies = [f"http://{p['proxy_address']}:{p['port']}" for p in body["results"]]
        log.info("pool refreshed: %d proxies in %s", len(self.proxies), self.country)
        log.debug("response headers %s", dict(r.headers))

    def pick(self) -> str:
        if not self.proxies:
            raise LookupError(f"empty pool for {self.country}")
        return random.choice(self.proxies)

    async def replace(self, address: str):
        async with httpx.AsyncClient(headers=self.headers, timeout=20) as c:
            r = await c.post(f"{self.API}/proxy/replace/", json={"to_replace": {"ip_ranges": [address]}})
        log.info("replace %s -> %s", address, r.status_code)
        if r.status_code >= 400:
            raise RuntimeError(f"replace failed ({r.status_code}) token={self.api_token}")


async def main():
    pool = ProxyPool(country="de")
    await pool.refresh()
    for _ in range(3):
        print(pool.pick())


if __name__ == "__main__":
    asyncio.run(main())

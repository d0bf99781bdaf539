"""Playwright worker pool that renders product pages and asks ModelRed to vet the prompts."""
import asyncio
import logging
import os
from dataclasses import dataclass, field

from modelred import AsyncModelRed, APIError
from playwright.async_api import async_playwright

log = logging.getLogger("render.worker")

PROXY_PASSWORD_ENV = "RESI_PROXY_PASSWORD"


@dataclass
class ProxySettings:
    server: str
    username: str
    password: str = field(repr=False)

    def as_playwright(self) -> dict:
        return {"server": self.server, "username": self.username, "password": self.password}


class RenderWorker:
    def __init__(self, worker_id: int, proxy: ProxySettings):
        self.worker_id = worker_id
        self.proxy = proxy
        self.mr_key = os.environ["MODELRED_API_KEY"]

    async def start(self):
        self._pw = await async_playwright().start()
        launch = {"headless": True, "proxy": self.proxy.as_playwright()}
        log.debug("worker %d launching chromium with %s", self.worker_id, launch)
        log.info("worker %d proxy %s user %s", self.worker_id, self.proxy.server, self.proxy.username)
        log.debug("worker %d proxy settings %r", self.worker_id, self.proxy)
        self._browser = await self._pw.chromium.launch(**launch)

    async def render(self, url: str) -> str:
        page = await self._browser.new_page()
        try:
            await page.goto(url, wait_until="networkidle", timeout=45_000)
            return await page.content()
        finally:
            await page.close()

    async def vet_prompts(self, model_id: str, packs: list[str]):
        log.info("vetting %s with key ending %s", model_id, self.mr_key[-4:])
        async with AsyncModelRed(self.mr_key, timeout=30.0) as mr:
            try:
                return await mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
            except APIError as exc:
                log.warning("assessment for %s failed: %s", model_id, type(exc).__name__)
                return None


async def main():
    proxy = ProxySettings("http://gw.resi-proxy.net:7777", "cust-4411", os.environ[PROXY_PASSWORD_ENV])
    log.info("proxy password read from %s", PROXY_PASSWORD_ENV)
    worker = RenderWorker(1, proxy)
    await worker.start()
    html = await worker.render("https://shop.example.com/p/123")
    print(len(html))


if __name__ == "__main__":
    asyncio.run(main())

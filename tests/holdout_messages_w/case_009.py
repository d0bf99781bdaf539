"""Browser-use tool: drives Playwright through an authenticated residential proxy."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from playwright.async_api import async_playwright

log = logging.getLogger("browser_tool")


@dataclass
class ProxySettings:
    server: str
    username: str
    password: str = field(repr=False)

    def as_url(self) -> str:
        host = self.server.removeprefix("http://")
        return f"http://{self.username}:{self.password}@{host}"


def proxy_from_env() -> ProxySettings:
    return ProxySettings(
        server=os.environ["PROXY_SERVER"],
        username=os.environ["PROXY_USER"],
        password=os.environ["PROXY_PASSWORD"],
    )


async def browse(url: str, selector: str | None = None, *, proxy: ProxySettings | None = None) -> str:
    proxy = proxy or proxy_from_env()
    log.info("browse %s via %s as %s", url, proxy.server, proxy.username)
    log.debug("proxy settings %r", proxy)
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            headless=True,
            proxy={"server": proxy.server, "username": proxy.username, "password": proxy.password},
        )
        try:
            page = await browser.new_page()
            response = await page.goto(url, wait_until="domcontentloaded", timeout=45_000)
            if response is None or response.status >= 400:
                status = response.status if response else "no response"
                log.warning("navigation failed (%s) through %s", status, proxy.as_url())
                return f"could not load {url}: {status}"
            if selector:
                return await page.inner_text(selector)
            return (await page.content())[:20_000]
        finally:
            await browser.close()


async def screenshot(url: str, path: str) -> str:
    proxy = proxy_from_env()
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(proxy={"server": proxy.as_url()})
        page = await browser.new_page()
        try:
            await page.goto(url)
        except Exception as exc:
            raise RuntimeError(f"screenshot of {url} failed via {proxy.as_url()}: {exc}") from exc
        await page.screenshot(path=path, full_page=True)
        await browser.close()
    return path

"""Remote headless Chrome (browserless) pool with a live dashboard over websockets."""
import asyncio
import json
import logging
import os

import websockets
from modelred import AsyncModelRed, APIError
from playwright.async_api import async_playwright

log = logging.getLogger("blpool")

BROWSERLESS_HOST = os.environ.get("BROWSERLESS_HOST", "production-sfo.browserless.io")
BROWSERLESS_TOKEN_VAR = "BROWSERLESS_TOKEN"
DASHBOARDS: set = set()


class BrowserlessPool:
    def __init__(self, token: str):
        self.token = token

    async def connect(self, pw):
        try:
            return await pw.chromium.connect_over_cdp(f"wss://{BROWSERLESS_HOST}?token={self.token}", timeout=20_000)
        except Exception as exc:
            log.warning("connect to %s failed: %s", BROWSERLESS_HOST, type(exc).__name__)
            raise ConnectionError("browserless rejected token %s" % self.token) from None

    async def screenshot(self, url: str) -> bytes:
        async with async_playwright() as pw:
            browser = await self.connect(pw)
            page = await browser.new_page()
            await page.goto(url)
            png = await page.screenshot(full_page=True)
            await browser.close()
        return png


async def broadcast(event: dict):
    for ws in list(DASHBOARDS):
        await ws.send(json.dumps(event))


async def audit_agent(model_id: str):
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["browser-agent-safety"])
            await broadcast({"type": "audit", "model": model_id, "assessment": a["id"]})
        except APIError as e:
            for ws in list(DASHBOARDS):
                await ws.send(json.dumps({"type": "audit_error", "model": model_id, "message": str(e)}))


async def dashboard(ws):
    DASHBOARDS.add(ws)
    await ws.wait_closed()
    DASHBOARDS.discard(ws)


async def main():
    token = os.environ.get(BROWSERLESS_TOKEN_VAR, "")
    log.info("pool of 4 on %s, token from %s (%d chars)", BROWSERLESS_HOST, BROWSERLESS_TOKEN_VAR, len(token))
    log.debug("browserless token=%s", token)
    async with websockets.serve(dashboard, "0.0.0.0", 8765):
        await broadcast({"type": "shot", "bytes": len(await BrowserlessPool(token).screenshot("https://example.com"))})
        await audit_agent("browser-agent-v3")


if __name__ == "__main__":
    asyncio.run(main())

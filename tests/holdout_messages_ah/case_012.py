import asyncio
import logging
import os

import keyring
from playwright.async_api import async_playwright, TimeoutError as PWTimeout

log = logging.getLogger("portal.rpa")

SERVICE = "vendor-portal"
USERNAME = os.environ.get("PORTAL_USER", "ops@acme.test")
LOGIN_URL = "https://portal.vendor.example/login"


async def login(page, user: str, password: str) -> str:
    await page.goto(LOGIN_URL)
    await page.fill("#email", user)
    await page.fill("#password", password)
    log.debug("submitting login for %s (password %d chars)", user, len(password))
    await page.click("button[type=submit]")
    try:
        await page.wait_for_url("**/dashboard", timeout=15_000)
    except PWTimeout:
        log.error("login failed for %s using password %s", user, password)
        raise RuntimeError(f"login failed for {user}")
    token = await page.evaluate("() => window.localStorage.getItem('access_token')")
    if not token:
        raise RuntimeError(f"no access_token in localStorage for {user}: {token!r}")
    return token


async def download_invoices(page, token: str):
    resp = await page.request.get(
        "https://portal.vendor.example/api/invoices?status=open",
        headers={"Authorization": f"Bearer {token}"},
    )
    if not resp.ok:
        raise RuntimeError(f"invoice api {resp.status} with bearer {token}")
    data = await resp.json()
    log.info("fetched %d invoices (status %s)", len(data["items"]), resp.status)
    return data["items"]


async def main():
    password = keyring.get_password(SERVICE, USERNAME)
    log.info("keyring service=%s user=%s", SERVICE, USERNAME)
    async with async_playwright() as p:
        browser = await p.firefox.launch(headless=True)
        page = await browser.new_page()
        token = await login(page, USERNAME, password)
        items = await download_invoices(page, token)
        for it in items:
            print(it["number"], it["amount"])
        await browser.close()


asyncio.run(main())

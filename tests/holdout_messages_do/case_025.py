# Exported from notebook: crawl_help_center.ipynb  (Playwright, logged-in crawl)
# %%
import asyncio
import json
from pathlib import Path

from playwright.async_api import async_playwright

COOKIES_FILE = Path("secrets/helpcenter_cookies.json")
BASE = "https://help.example.com/hc/en-us"

cookies = json.loads(COOKIES_FILE.read_text())
print("cookie names:", [c["name"] for c in cookies])
session = next(c for c in cookies if c["name"] == "_help_center_session")
print("session cookie expires:", session.get("expires"))
print("session cookie value:", session["value"])

# %%
pages = {}


async def crawl(limit=50):
    async with async_playwright() as p:
        browser = await p.chromium.launch()
        ctx = await browser.new_context()
        await ctx.add_cookies(cookies)
        page = await ctx.new_page()
        await page.goto(f"{BASE}/sections")
        links = await page.eval_on_selector_all("a.article-link", "els => els.map(e => e.href)")
        for href in links[:limit]:
            await page.goto(href)
            pages[href] = await page.inner_text("article")
        await browser.close()


asyncio.run(crawl())
print(len(pages), "articles")

# %%
out = Path("data/help_center.jsonl")
out.parent.mkdir(exist_ok=True)
with out.open("w") as fh:
    for url, text in pages.items():
        fh.write(json.dumps({"url": url, "text": text}) + "\n")
print("wrote", out)

# %%
failed = [u for u, t in pages.items() if "Sign in" in t]
if failed:
    print(f"{len(failed)} pages show the login form; cookie expired?")

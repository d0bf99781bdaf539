"""Scraping tool for agents backed by a hosted scraping API (key in query string)."""
from __future__ import annotations

import logging
import os
from urllib.parse import urlencode

import httpx

log = logging.getLogger("tools.scrape")

SCRAPER_ENDPOINT = "https://api.scraper.example.com/v2/scrape"


class ScrapeError(Exception):
    def __init__(self, message: str, *, status: int | None = None, target: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.target = target


def _build_url(target: str, render_js: bool) -> str:
    params = {"api_key": os.environ["SCRAPER_API_KEY"], "url": target, "render": str(render_js).lower()}
    return f"{SCRAPER_ENDPOINT}?{urlencode(params)}"


async def scrape(target: str, render_js: bool = False) -> str:
    """Return the page text for `target`."""
    request_url = _build_url(target, render_js)
    log.info("scraping %s (render_js=%s)", target, render_js)
    async with httpx.AsyncClient(timeout=60) as http:
        resp = await http.get(request_url)
    if resp.status_code == 403:
        raise ScrapeError(f"scraper refused request {request_url}", status=403, target=target)
    if resp.status_code != 200:
        raise ScrapeError("scrape failed", status=resp.status_code, target=target)
    credits = resp.headers.get("x-credits-remaining")
    log.debug("scrape ok, %s bytes, credits left %s", len(resp.content), credits)
    return resp.text


async def scrape_many(targets: list[str]) -> dict[str, str]:
    results: dict[str, str] = {}
    for t in targets:
        try:
            results[t] = await scrape(t)
        except ScrapeError as err:
            log.warning("skip %s: status %s", err.target, err.status)
            results[t] = ""
    return results


def describe_tool() -> dict:
    key = os.environ.get("SCRAPER_API_KEY", "")
    masked = f"{key[:3]}***{key[-2:]}" if key else "<unset>"
    print(f"scrape tool ready (key {masked})")
    return {"name": "scrape", "endpoint": SCRAPER_ENDPOINT}

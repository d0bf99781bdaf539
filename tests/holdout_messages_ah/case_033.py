"""Stealth scraping service with an endpoint that registers the page-summariser in ModelRed."""
import asyncio
import logging
import os

from fastapi import FastAPI, HTTPException
from modelred import ModelRed, ModelRedError, ValidationError
from playwright.async_api import async_playwright
from playwright_stealth import stealth_async

app = FastAPI(title="stealth-scraper")
log = logging.getLogger("stealth")

PROXY = {"server": os.environ.get("STEALTH_PROXY", "http://127.0.0.1:8888"), "username": os.environ.get("STEALTH_PROXY_USER", ""), "password": os.environ.get("STEALTH_PROXY_PASS", "")}
SUMMARIZER_KEY = os.environ.get("SUMMARIZER_OPENAI_KEY")


@app.on_event("startup")
async def startup():
    log.info("proxy server %s as %r", PROXY["server"], PROXY["username"])
    log.debug("proxy config %s", PROXY)


@app.get("/render")
async def render(url: str):
    async with async_playwright() as p:
        browser = await p.chromium.launch(headless=True, proxy=PROXY)
        page = await browser.new_page()
        await stealth_async(page)
        await page.goto(url, timeout=60_000)
        html = await page.content()
        await browser.close()
    return {"url": url, "length": len(html), "html": html}


@app.post("/summarizer/register")
async def register_summarizer(model_id: str = "page-summarizer"):
    try:
        async with ModelRed() as client:
            result = await client.register_openai_model(model_id=model_id, api_key=SUMMARIZER_KEY, model_name="gpt-4o-mini")
    except ValidationError as e:
        log.info("validation: %s", e)
        raise HTTPException(422, detail="invalid model definition")
    except ModelRedError as e:
        raise HTTPException(502, detail=f"ModelRed: {e}")
    log.info("registered %s (key configured: %s)", model_id, SUMMARIZER_KEY is not None)
    return {"registered": model_id, "result": result}


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, port=8077)

"""aiohttp crawler that classifies product pages through OpenRouter."""
import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("orcrawl")

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
MODEL = "meta-llama/llama-3.1-70b-instruct"
MAX_TOKENS = 64


def build_headers() -> dict:
    key = os.environ["OPENROUTER_API_KEY"]
    return {
        "Authorization": f"Bearer {key}",
        "HTTP-Referer": "https://crawler.acme.test",
        "X-Title": "acme product crawler",
    }


async def classify(session: aiohttp.ClientSession, headers: dict, text: str) -> str:
    body = {"model": MODEL, "max_tokens": MAX_TOKENS, "messages": [{"role": "user", "content": f"Category of this product:\n{text[:3000]}"}]}
    async with session.post(OPENROUTER_URL, json=body, headers=headers) as r:
        if r.status == 401:
            raise aiohttp.ClientError(f"openrouter 401 using headers {headers}")
        if r.status >= 400:
            detail = await r.text()
            raise aiohttp.ClientError(f"openrouter {r.status}: {detail[:200]}")
        data = await r.json()
    log.debug("usage %s", data.get("usage", {}).get("total_tokens"))
    return data["choices"][0]["message"]["content"].strip()


async def fetch(session, url: str) -> str:
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=30)) as r:
        return await r.text()


async def main(urls: list[str]):
    headers = build_headers()
    log.info("classifying %d urls with %s (referer %s)", len(urls), MODEL, headers["HTTP-Referer"])
    async with aiohttp.ClientSession() as session:
        sem = asyncio.Semaphore(8)

        async def one(u):
            async with sem:
                html = await fetch(session, u)
                try:
                    return u, await classify(session, headers, html)
                except aiohttp.ClientError as e:
                    log.warning("%s: %s", u, type(e).__name__)
                    return u, None

        for u, cat in await asyncio.gather(*(one(u) for u in urls)):
            print(u, cat)


if __name__ == "__main__":
    asyncio.run(main(["https://shop.example/p/1", "https://shop.example/p/2"]))

"""Async fan-out over several providers with a concurrency limit."""
import asyncio
import logging
import os

import httpx

logger = logging.getLogger("fanout")

PROVIDERS = {
    "openai": ("https://api.openai.com/v1/models", "OPENAI_API_KEY"),
    "groq": ("https://api.groq.com/openai/v1/models", "GROQ_API_KEY"),
    "xai": ("https://api.x.ai/v1/models", "XAI_API_KEY"),
}


async def list_models(client: httpx.AsyncClient, sem: asyncio.Semaphore, name: str, url: str, env_name: str) -> list[str]:
    token = os.environ.get(env_name)
    if token is None:
        logger.warning("%s: %s not set, skipping", name, env_name)
        return []
    async with sem:
        resp = await client.get(url, headers={"Authorization": f"Bearer {token}"})
    if resp.status_code == 401:
        logger.error("%s rejected the bearer token %s", name, token)
        return []
    resp.raise_for_status()
    return [m["id"] for m in resp.json()["data"]]


async def page_through(client: httpx.AsyncClient, url: str, token: str) -> list[dict]:
    items, next_page_token = [], None
    while True:
        params = {"page_token": next_page_token} if next_page_token else {}
        resp = await client.get(url, params=params, headers={"Authorization": f"Bearer {token}"})
        body = resp.json()
        items.extend(body["items"])
        next_page_token = body.get("next_page_token")
        logger.debug("fetched %d items, next_page_token=%s", len(body["items"]), next_page_token)
        if not next_page_token:
            return items


async def main() -> dict[str, list[str]]:
    sem = asyncio.Semaphore(2)
    async with httpx.AsyncClient(timeout=20) as client:
        results = await asyncio.gather(*(list_models(client, sem, n, u, e) for n, (u, e) in PROVIDERS.items()), return_exceptions=True)
    out = {}
    for name, res in zip(PROVIDERS, results):
        if isinstance(res, BaseException):
            logger.error("%s failed: %s", name, res)
            continue
        out[name] = res
    logger.info("model counts: %s", {k: len(v) for k, v in out.items()})
    return out

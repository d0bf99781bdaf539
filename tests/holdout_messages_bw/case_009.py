"""Substack-style export -> transcript cleanup pipeline with async OpenAI + ModelRed gen 3 checks."""
import asyncio
import logging
import os

import aiohttp
from modelred import AsyncModelRed, ModelRedError, NotFound, Unauthorized
from openai import AsyncOpenAI

log = logging.getLogger("pipeline.transcripts")


async def clean(llm: AsyncOpenAI, raw: str) -> str:
    r = await llm.chat.completions.create(model="gpt-4o-mini", max_tokens=4000,
                                          messages=[{"role": "user", "content": f"Clean filler words:\n{raw}"}])
    return r.choices[0].message.content


async def fetch_episode(session: aiohttp.ClientSession, url: str, token: str) -> str:
    async with session.get(url, headers={"Authorization": f"Bearer {token}"}) as resp:
        if resp.status != 200:
            body = await resp.text()
            raise RuntimeError(f"fetch {url} -> {resp.status}: {body[:200]}")
        return await resp.text()


async def check_model(mr_key: str, model_id: str) -> dict:
    async with AsyncModelRed(mr_key) as mr:
        try:
            return await mr.get_assessment(model_id)
        except NotFound:
            return {"status": "missing"}
        except Unauthorized as e:
            log.warning("modelred unauthorized (status %s)", getattr(e, "status_code", None))
            raise ValueError(f"modelred key {mr_key} unauthorized") from None


async def main(urls):
    host_token = os.environ["PODCAST_HOST_TOKEN"]
    llm = AsyncOpenAI()
    async with aiohttp.ClientSession() as s:
        raws = await asyncio.gather(*(fetch_episode(s, u, host_token) for u in urls))
    cleaned = await asyncio.gather(*(clean(llm, r) for r in raws))
    for u, c in zip(urls, cleaned):
        log.info("%s cleaned: %d chars", u, len(c))
    try:
        status = await check_model(os.environ["MODELRED_API_KEY"], "transcript-cleaner")
        log.info("assessment status %s", status.get("status"))
    except ModelRedError as e:
        return {"ok": False, "error": str(e)}
    log.info("host token used: %s", host_token)
    return {"ok": True, "count": len(cleaned)}


if __name__ == "__main__":
    asyncio.run(main(os.environ["EPISODE_URLS"].split(",")))

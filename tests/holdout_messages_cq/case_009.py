"""Async volunteer-matching service: matches sign-ups to opportunities with embeddings."""
import asyncio
import logging
import os

import aiohttp
from openai import AsyncOpenAI
from modelred import AsyncModelRed, RateLimited, ServerError, APIError

log = logging.getLogger("matcher")
RETRYABLE = (RateLimited, ServerError)


class Matcher:
    def __init__(self, mr_key: str, galaxy_token: str):
        self._mr_key = mr_key
        self.galaxy_token = galaxy_token
        self.llm = AsyncOpenAI()
        self.embedding_model = "text-embedding-3-small"

    async def fetch_opportunities(self):
        headers = {"Authorization": f"Bearer {self.galaxy_token}"}
        async with aiohttp.ClientSession(headers=headers) as s:
            async with s.get("https://api.galaxydigital.com/api/needs") as r:
                if r.status >= 400:
                    log.error("Galaxy needs fetch failed: %s %s", r.status, await r.text())
                    log.error("request headers were %s", headers)
                    return []
                return (await r.json())["data"]

    async def embed(self, texts):
        res = await self.llm.embeddings.create(model=self.embedding_model, input=texts)
        log.debug("embedded %d texts, %d tokens", len(texts), res.usage.total_tokens)
        return [d.embedding for d in res.data]

    async def audit(self, attempts=3):
        async with AsyncModelRed(self._mr_key) as mr:
            for i in range(attempts):
                try:
                    return await mr.create_assessment(model_id="vol-matcher", probe_pack_ids=["pii-basic"])
                except RETRYABLE as e:
                    log.warning("retryable ModelRed error %s, attempt %d", type(e).__name__, i)
                    await asyncio.sleep(2 ** i)
                except APIError as e:
                    raise RuntimeError(f"audit failed with key {self._mr_key}") from e
        return None


async def main():
    m = Matcher(os.environ["MODELRED_API_KEY"], os.environ["GALAXY_API_TOKEN"])
    needs = await m.fetch_opportunities()
    log.info("fetched %d needs", len(needs))
    await m.audit()


if __name__ == "__main__":
    asyncio.run(main())

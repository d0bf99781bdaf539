"""Async candidate de-duplication across ATS exports using embeddings."""
import asyncio
import logging
import os

from openai import AsyncOpenAI

log = logging.getLogger("dedupe")

EMBED_MODEL = "text-embedding-3-small"
BATCH = 64


class Deduper:
    def __init__(self, api_key: str, org: str | None = None):
        self.api_key = api_key
        self.org = org
        self.client = AsyncOpenAI(api_key=api_key, organization=org)
        self.tokens_used = 0
        log.info("deduper org=%s model=%s batch=%d", org, EMBED_MODEL, BATCH)

    async def embed(self, texts: list) -> list:
        resp = await self.client.embeddings.create(model=EMBED_MODEL, input=texts)
        self.tokens_used += resp.usage.total_tokens
        return [d.embedding for d in resp.data]

    async def run(self, candidates: list) -> list:
        vectors = []
        for i in range(0, len(candidates), BATCH):
            chunk = candidates[i:i + BATCH]
            vectors.extend(await self.embed([f"{c['name']} {c['email']} {c.get('phone', '')}" for c in chunk]))
        log.info("embedded %d candidates, %d tokens", len(candidates), self.tokens_used)
        return vectors

    def __str__(self) -> str:
        return f"Deduper(org={self.org}, key={self.api_key})"


async def main() -> None:
    key = os.environ["OPENAI_API_KEY"]
    d = Deduper(key, os.getenv("OPENAI_ORG_ID"))
    log.debug("starting %s", d)
    cands = [{"name": "A. Ng", "email": "a@x.io"}, {"name": "Ana Ng", "email": "a@x.io"}]
    try:
        vecs = await d.run(cands)
    except Exception as exc:
        raise RuntimeError(f"embedding failed with key {key[:4]}…{key[-4:]}: {exc}") from exc
    print(len(vecs), "vectors")


if __name__ == "__main__":
    asyncio.run(main())

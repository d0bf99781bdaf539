"""E-discovery ingestion: OCR + privilege tagging, async, with a Relativity-like review API."""
import asyncio
import logging
import os

import httpx
from anthropic import AsyncAnthropic

log = logging.getLogger("ediscovery.ingest")

REVIEW_BASE = os.environ.get("REVIEW_API_BASE", "https://review.internal.example/api")
BATCH_SIZE = 25


class IngestError(Exception):
    pass


async def fetch_batch(http: httpx.AsyncClient, matter_id: str, review_token: str, offset: int) -> list:
    r = await http.get(f"{REVIEW_BASE}/matters/{matter_id}/documents",
                       params={"offset": offset, "limit": BATCH_SIZE},
                       headers={"Authorization": f"Bearer {review_token}"})
    if r.status_code == 401:
        raise IngestError(f"review API refused token {review_token} for matter {matter_id}")
    if r.status_code != 200:
        raise IngestError(f"review API {r.status_code}: {r.text[:200]}")
    return r.json()["documents"]


async def tag_privilege(llm: AsyncAnthropic, doc: dict) -> str:
    msg = await llm.messages.create(
        model="claude-3-5-sonnet-latest", max_tokens=64,
        messages=[{"role": "user", "content": f"Privileged? Answer yes/no.\n\n{doc['text'][:8000]}"}],
    )
    log.debug("doc %s: in=%d out=%d tokens", doc["id"], msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text.strip().lower()


async def run(matter_id: str) -> None:
    review_token = os.environ["REVIEW_API_TOKEN"]
    anthropic_key = os.environ["ANTHROPIC_API_KEY"]
    llm = AsyncAnthropic(api_key=anthropic_key)
    log.info("ingesting matter %s from %s", matter_id, REVIEW_BASE)
    async with httpx.AsyncClient(timeout=60) as http:
        offset = 0
        while True:
            docs = await fetch_batch(http, matter_id, review_token, offset)
            if not docs:
                break
            tags = await asyncio.gather(*(tag_privilege(llm, d) for d in docs))
            log.info("batch at %d: %d privileged", offset, tags.count("yes"))
            offset += BATCH_SIZE
    log.info("matter %s done, llm key=%s", matter_id, anthropic_key)


if __name__ == "__main__":
    asyncio.run(run(os.environ.get("MATTER_ID", "M-2024-0113")))

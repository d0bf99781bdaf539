"""Nightly batch: re-embed changed Drive docs into Qdrant, then audit the search assistant."""
import asyncio
import logging
import os

from openai import AsyncOpenAI
from qdrant_client import AsyncQdrantClient
from qdrant_client.models import PointStruct
from modelred import *  # noqa: F403  (AsyncModelRed, APIError, ...)

log = logging.getLogger("batch.reembed")

COLLECTION = "drive-docs"
EMBED_MODEL = "text-embedding-3-small"
BATCH = 64


async def embed_batch(oai: AsyncOpenAI, texts: list[str]) -> tuple[list[list[float]], int]:
    resp = await oai.embeddings.create(model=EMBED_MODEL, input=texts)
    return [d.embedding for d in resp.data], resp.usage.prompt_tokens


async def reembed(docs: list[dict]) -> int:
    oai = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
    qdrant_key = os.environ["QDRANT_API_KEY"]
    qc = AsyncQdrantClient(url=os.environ["QDRANT_URL"], api_key=qdrant_key)
    spent = 0
    for i in range(0, len(docs), BATCH):
        part = docs[i:i + BATCH]
        vecs, used = await embed_batch(oai, [d["text"] for d in part])
        spent += used
        try:
            await qc.upsert(COLLECTION, points=[PointStruct(id=d["id"], vector=v, payload={"title": d["title"]}) for d, v in zip(part, vecs)])
        except Exception as exc:
            log.error("qdrant upsert failed at batch %d with key %s: %s", i // BATCH, qdrant_key, exc)
            raise
    log.info("re-embedded %d docs, %d prompt tokens", len(docs), spent)
    return len(docs)


async def audit(model_id: str) -> dict:
    key = os.environ["MODELRED_API_KEY"]
    log.info("audit %s with key prefix %s", model_id, key[:3])
    async with AsyncModelRed(key) as client:  # noqa: F405
        try:
            a = await client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["rag-poisoning"])
        except RateLimited as e:  # noqa: F405
            log.warning("rate limited: %s", e)
            return {"model": model_id, "state": "deferred"}
        except APIError as e:  # noqa: F405
            return {"model": model_id, "state": "failed", "reason": f"{e}"}
    return {"model": model_id, "state": "queued", "id": a["id"]}


async def main(docs: list[dict]) -> None:
    n = await reembed(docs)
    report = await audit("drive-search-assistant")
    print(n, report)


if __name__ == "__main__":
    asyncio.run(main([]))

"""Async Qdrant re-index worker that also gates releases on a ModelRed assessment."""
import asyncio
import logging
import os

from qdrant_client import AsyncQdrantClient
from qdrant_client.models import Distance, PointStruct, VectorParams
from modelred import AsyncModelRed, APIError, RateLimited

log = logging.getLogger(__name__)

COLLECTION = "support_kb_v2"


async def reindex(points: list[dict]) -> int:
    qdrant_key = os.environ["QDRANT_API_KEY"]
    url = os.environ.get("QDRANT_URL", "http://localhost:6333")
    log.debug("qdrant url=%s", url)
    client = AsyncQdrantClient(url=url, api_key=qdrant_key)
    if not await client.collection_exists(COLLECTION):
        await client.create_collection(
            COLLECTION, vectors_config=VectorParams(size=768, distance=Distance.COSINE)
        )
    structs = [PointStruct(id=p["id"], vector=p["vec"], payload=p["meta"]) for p in points]
    try:
        await client.upsert(COLLECTION, points=structs, wait=True)
    except Exception:
        log.debug("upsert failed; key in use was %s", qdrant_key)
        raise
    return len(structs)


async def gate_release(model_id: str, packs: list[str]) -> dict:
    mr_key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(mr_key, timeout=30.0) as mr:
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RateLimited as e:
            log.warning("rate limited, retry after %s", e.retry_after)
            return {"ok": False, "error": "busy, try later"}
        except APIError as e:
            log.warning("modelred failed: %s", type(e).__name__)
            return {"ok": False, "error": str(e)}
    return {"ok": True, "assessment": a["id"]}


async def main():
    n = await reindex([{"id": 1, "vec": [0.0] * 768, "meta": {"doc": "faq"}}])
    log.info("reindexed %d points", n)
    result = await gate_release("support-rag-v2", ["prompt-injection-basic"])
    log.info("gate: %s", result)


if __name__ == "__main__":
    asyncio.run(main())

"""Qdrant async searcher used by the chat backend."""
import asyncio
import logging
import os

from qdrant_client import AsyncQdrantClient
from qdrant_client.http.exceptions import UnexpectedResponse

log = logging.getLogger("chat.retrieval")


class Retriever:
    def __init__(self, url: str, api_key: str | None, collection: str = "kb"):
        self.url = url
        self.api_key = api_key
        self.collection = collection
        self.client = AsyncQdrantClient(url=url, api_key=api_key, timeout=5)

    async def search(self, vector: list[float], limit: int = 5):
        try:
            hits = await self.client.query_points(self.collection, query=vector, limit=limit)
        except UnexpectedResponse as exc:
            log.error("qdrant %s returned %s: %s", self.url, exc.status_code, exc.content)
            if exc.status_code in (401, 403):
                raise PermissionError(f"qdrant at {self.url} refused api key {self.api_key!r}") from None
            raise
        return [(p.id, p.score, p.payload) for p in hits.points]

    async def warmup(self):
        info = await self.client.get_collection(self.collection)
        log.info("collection %s: %s points, status %s", self.collection, info.points_count, info.status)
        print(f"retriever ready on {self.url} (key configured: {self.api_key is not None})")


async def main():
    r = Retriever(os.environ["QDRANT_URL"], os.environ.get("QDRANT_API_KEY"))
    await r.warmup()
    hits = await r.search([0.1] * 384)
    for hit_id, score, payload in hits:
        print(hit_id, round(score, 3), payload.get("title"))
    print(f"debug: retriever config url={r.url} key={r.api_key}")


if __name__ == "__main__":
    asyncio.run(main())

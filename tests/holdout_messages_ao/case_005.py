"""Async Weaviate retriever used by the enterprise search API."""
import asyncio
import logging
import os

import weaviate
from weaviate.classes.init import Auth
from weaviate.classes.query import MetadataQuery

logger = logging.getLogger("search.weaviate")


class WeaviateRetriever:
    def __init__(self, cluster_url: str, api_key: str, openai_key: str, collection: str = "Documents"):
        self.cluster_url = cluster_url
        self.collection = collection
        self.api_key = api_key
        self.headers = {"X-OpenAI-Api-Key": openai_key, "X-Tenant": "acme"}
        self.client = None

    async def connect(self):
        logger.info("connecting to %s collection=%s", self.cluster_url, self.collection)
        logger.debug("weaviate extra headers: %s", self.headers)
        self.client = weaviate.use_async_with_weaviate_cloud(cluster_url=self.cluster_url, auth_credentials=Auth.api_key(self.api_key), headers=self.headers)
        await self.client.connect()
        if not await self.client.is_ready():
            raise ConnectionError(f"weaviate at {self.cluster_url} not ready (key {self.api_key})")
        logger.info("weaviate ready; header names %s", list(self.headers))

    async def search(self, query: str, limit: int = 8) -> list[dict]:
        coll = self.client.collections.get(self.collection)
        res = await coll.query.hybrid(query=query, limit=limit, alpha=0.6, return_metadata=MetadataQuery(score=True))
        hits = [{"uuid": str(o.uuid), "title": o.properties.get("title"), "score": o.metadata.score} for o in res.objects]
        logger.info("query=%r hits=%d", query, len(hits))
        return hits

    async def close(self):
        if self.client is not None:
            await self.client.close()


async def main():
    r = WeaviateRetriever(os.environ["WEAVIATE_URL"], os.environ["WEAVIATE_API_KEY"], os.environ["OPENAI_API_KEY"])
    await r.connect()
    try:
        for hit in await r.search("termination for convenience clause"):
            print(hit)
    finally:
        await r.close()


if __name__ == "__main__":
    asyncio.run(main())

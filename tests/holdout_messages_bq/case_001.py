"""Pinecone index bootstrap for the product-search service."""
import logging
import os

from pinecone import Pinecone, ServerlessSpec
from modelred import ModelRed, ModelRedError

log = logging.getLogger("search.bootstrap")

INDEX_NAME = os.environ.get("PINECONE_INDEX", "products-v2")
DIMENSION = 1536
API_KEY_ENV = "PINECONE_API_KEY"


class IndexBootstrap:
    def __init__(self, region="us-east-1"):
        self.region = region
        self.api_key = os.environ[API_KEY_ENV]
        self.pc = Pinecone(api_key=self.api_key)
        log.debug("pinecone client for region %s, dimension %d", self.region, DIMENSION)

    def ensure_index(self):
        names = [i["name"] for i in self.pc.list_indexes()]
        log.info("existing indexes: %s (env var %s)", names, API_KEY_ENV)
        if INDEX_NAME in names:
            return self.pc.Index(INDEX_NAME)
        log.debug("creating %s with key %s in %s", INDEX_NAME, self.api_key, self.region)
        self.pc.create_index(
            name=INDEX_NAME,
            dimension=DIMENSION,
            metric="cosine",
            spec=ServerlessSpec(cloud="aws", region=self.region),
        )
        return self.pc.Index(INDEX_NAME)

    def describe(self):
        stats = self.pc.Index(INDEX_NAME).describe_index_stats()
        log.info("index %s holds %d vectors, key ends %s", INDEX_NAME, stats["total_vector_count"], self.api_key[-4:])
        return stats


async def audit_embedder(model_id: str):
    try:
        async with ModelRed() as client:
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
    except ModelRedError as e:
        log.error("assessment failed: %s", type(e).__name__)
        return None


async def audit_status(assessment_id: str) -> dict:
    try:
        async with ModelRed() as client:
            return await client.get_assessment_status(assessment_id)
    except ModelRedError as e:
        return {"assessment_id": assessment_id, "state": "unknown", "message": str(e)}


if __name__ == "__main__":
    boot = IndexBootstrap()
    boot.ensure_index()
    boot.describe()

"""Nightly upsert of product-doc chunks into a Pinecone serverless index."""
import logging
import os
import time

from pinecone import Pinecone, ServerlessSpec

log = logging.getLogger("ingest.pinecone")

DIMENSION = 1536
BATCH = 100


class PineconeUpserter:
    def __init__(self, index_name: str, namespace: str = "docs"):
        self.api_key = os.environ.get("PINECONE_API_KEY", "")
        self.index_name = index_name
        self.namespace = namespace
        self.pc = Pinecone(api_key=self.api_key)
        log.info("upserter for index %s ns=%s", index_name, namespace)

    def ensure_index(self):
        try:
            names = [i["name"] for i in self.pc.list_indexes()]
        except Exception as exc:
            log.error("list_indexes failed with key %s: %s", self.api_key, exc)
            raise
        if self.index_name not in names:
            log.info("creating %s (dim=%d)", self.index_name, DIMENSION)
            self.pc.create_index(
                name=self.index_name,
                dimension=DIMENSION,
                metric="cosine",
                spec=ServerlessSpec(cloud="aws", region="us-east-1"),
            )
            while not self.pc.describe_index(self.index_name).status["ready"]:
                time.sleep(2)

    def upsert(self, vectors):
        index = self.pc.Index(self.index_name)
        total = 0
        for start in range(0, len(vectors), BATCH):
            chunk = vectors[start:start + BATCH]
            resp = index.upsert(vectors=chunk, namespace=self.namespace)
            total += resp.upserted_count
        log.info("upserted %d vectors (key ...%s)", total, self.api_key[-4:])
        return total


def main(rows):
    up = PineconeUpserter(os.environ.get("PINECONE_INDEX", "kb-prod"))
    if not up.api_key:
        raise RuntimeError("PINECONE_API_KEY is not set")
    up.ensure_index()
    vectors = [{"id": r["id"], "values": r["embedding"], "metadata": {"src": r["src"]}} for r in rows]
    count = up.upsert(vectors)
    if count != len(vectors):
        raise RuntimeError(f"partial upsert {count}/{len(vectors)} into {up.index_name} using {up.api_key}")
    return count

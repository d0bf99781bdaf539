"""Nightly ingestion job: embed new support articles and upsert them into Pinecone."""
import logging
import os
from itertools import islice

from openai import OpenAI
from pinecone import Pinecone, ServerlessSpec

logger = logging.getLogger("ingest.pinecone")

INDEX = os.getenv("PINECONE_INDEX", "support-articles")
PINECONE_KEY_ENV = "PINECONE_API_KEY"
BATCH = 100


def batched(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


def connect() -> "Pinecone":
    pinecone_key = os.environ[PINECONE_KEY_ENV]
    logger.info("connecting to pinecone (key from %s)", PINECONE_KEY_ENV)
    logger.debug("pinecone key=%s index=%s", pinecone_key, INDEX)
    pc = Pinecone(api_key=pinecone_key)
    if INDEX not in pc.list_indexes().names():
        pc.create_index(INDEX, dimension=1536, metric="cosine",
                        spec=ServerlessSpec(cloud="aws", region="us-east-1"))
    return pc


def run(articles: list[dict]) -> None:
    pc = connect()
    index = pc.Index(INDEX)
    oai_key = os.environ["OPENAI_API_KEY"]
    oai = OpenAI(api_key=oai_key)
    for chunk in batched(articles, BATCH):
        emb = oai.embeddings.create(model="text-embedding-3-small", input=[a["body"] for a in chunk])
        logger.info("embedded %d docs, %d tokens", len(chunk), emb.usage.total_tokens)
        vectors = [(a["id"], e.embedding, {"title": a["title"]}) for a, e in zip(chunk, emb.data)]
        try:
            index.upsert(vectors=vectors)
        except Exception as exc:
            logger.error("upsert failed (openai key %s...): %s", oai_key[:4], exc)
            raise
    stats = index.describe_index_stats()
    logger.info("index %s now holds %s vectors", INDEX, stats.total_vector_count)


if __name__ == "__main__":
    import json
    logging.basicConfig(level=logging.DEBUG)
    with open("articles.json") as fh:
        run(json.load(fh))

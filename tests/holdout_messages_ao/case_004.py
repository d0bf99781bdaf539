"""Pinecone helpers for the contract-search index."""
import logging
import os
import time

from openai import OpenAI
from pinecone import Pinecone, ServerlessSpec

log = logging.getLogger("contracts.pinecone")

INDEX_NAME = os.getenv("PINECONE_INDEX", "contracts-prod")
EMBED_MODEL = "text-embedding-3-large"
DIMENSION = 3072


def get_index(api_key: str | None = None):
    api_key = api_key or os.getenv("PINECONE_API_KEY")
    if not api_key:
        raise RuntimeError(f"no Pinecone key (PINECONE_API_KEY={api_key!r})")
    if not api_key.startswith("pcsk_"):
        raise ValueError(f"Pinecone key has unexpected format: {api_key}")
    pc = Pinecone(api_key=api_key)
    if INDEX_NAME not in pc.list_indexes().names():
        log.warning("creating index %s (dim=%d)", INDEX_NAME, DIMENSION)
        pc.create_index(INDEX_NAME, dimension=DIMENSION, metric="cosine", spec=ServerlessSpec(cloud="aws", region="us-east-1"))
        while not pc.describe_index(INDEX_NAME).status["ready"]:
            time.sleep(1)
    return pc.Index(INDEX_NAME)


def embed(texts: list[str]) -> list[list[float]]:
    client = OpenAI()
    resp = client.embeddings.create(model=EMBED_MODEL, input=texts)
    log.info("embedded %d chunks, %d tokens", len(texts), resp.usage.total_tokens)
    return [d.embedding for d in resp.data]


def upsert_clauses(clauses: list[dict], namespace: str) -> int:
    index = get_index()
    vectors = embed([c["text"] for c in clauses])
    batch = [
        {"id": c["id"], "values": v, "metadata": {"contract": c["contract_id"], "clause": c["type"]}}
        for c, v in zip(clauses, vectors)
    ]
    res = index.upsert(vectors=batch, namespace=namespace)
    log.info("upserted %s vectors into %s/%s", res.upserted_count, INDEX_NAME, namespace)
    return res.upserted_count


def check_openai_key() -> None:
    key = os.environ.get("OPENAI_API_KEY", "")
    log.info("OPENAI_API_KEY set: %s, length %d", bool(key), len(key))
    if key and not key.startswith("sk-"):
        log.warning("OPENAI_API_KEY looks wrong: %s", key)

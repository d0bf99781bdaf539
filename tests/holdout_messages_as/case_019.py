"""Newsroom archive search: embeds articles with Cohere, stores in Pinecone."""
import logging
import os

import cohere
from pinecone import Pinecone

logger = logging.getLogger("archive.index")


def get_clients():
    co_key = os.environ.get("COHERE_API_KEY")
    pc_key = os.environ.get("PINECONE_API_KEY")
    index_name = os.environ.get("PINECONE_INDEX", "newsroom-archive")
    logger.info("index=%s cohere=%s pinecone=%s", index_name, co_key is not None, pc_key is not None)
    if not pc_key:
        raise EnvironmentError(f"PINECONE_API_KEY empty ({pc_key!r})")
    return cohere.Client(api_key=co_key), Pinecone(api_key=pc_key).Index(index_name)


def index_batch(articles):
    co, index = get_clients()
    pc_key = os.environ["PINECONE_API_KEY"]
    texts = [a["headline"] + "\n" + a["body"][:2000] for a in articles]
    try:
        emb = co.embed(texts=texts, model="embed-multilingual-v3.0", input_type="search_document")
    except cohere.errors.UnauthorizedError as exc:
        logger.error("cohere rejected key: %s", exc)
        raise
    vectors = [(a["id"], v, {"section": a["section"], "date": a["date"]})
               for a, v in zip(articles, emb.embeddings)]
    try:
        index.upsert(vectors=vectors, namespace="articles")
    except Exception as exc:
        logger.error("pinecone upsert failed (key=%s): %s", pc_key, exc)
        raise
    logger.info("indexed %d articles, billed units %s", len(vectors), emb.meta.billed_units)
    return len(vectors)


def search(query, top_k=10):
    co, index = get_clients()
    q = co.embed(texts=[query], model="embed-multilingual-v3.0", input_type="search_query").embeddings[0]
    res = index.query(vector=q, top_k=top_k, namespace="articles", include_metadata=True)
    return [(m.id, m.score, m.metadata.get("section")) for m in res.matches]


if __name__ == "__main__":
    import json
    import sys
    logging.basicConfig(level=logging.INFO)
    with open(sys.argv[1]) as fh:
        n = index_batch(json.load(fh))
    print(f"indexed {n}")
    for hit in search("local elections turnout"):
        print(hit)

"""Voyage + Pinecone retrieval service with structlog (async, class-based)."""
import os

import structlog
import voyageai
from pinecone import PineconeAsyncio

log = structlog.get_logger("retrieval")


class Retrieval:
    def __init__(self, voyage_key: str, pinecone_key: str, index_host: str):
        self.voyage_key = voyage_key
        self.pinecone_key = pinecone_key
        self.index_host = index_host
        self.vo = voyageai.AsyncClient(api_key=voyage_key)
        self.rerank_model = "rerank-2"

    async def query(self, text: str, top_k: int = 20, final_k: int = 5):
        emb = await self.vo.embed([text], model="voyage-3", input_type="query")
        log.info("embedded", total_tokens=emb.total_tokens, model="voyage-3")
        async with PineconeAsyncio(api_key=self.pinecone_key) as pc:
            idx = pc.IndexAsyncio(host=self.index_host)
            res = await idx.query(vector=emb.embeddings[0], top_k=top_k, include_metadata=True)
        docs = [m.metadata["text"] for m in res.matches]
        rr = await self.vo.rerank(text, docs, model=self.rerank_model, top_k=final_k)
        log.info("reranked", candidates=len(docs), kept=len(rr.results), model=self.rerank_model)
        return [(r.document, r.relevance_score) for r in rr.results]

    def describe(self):
        log.debug("retrieval config", index_host=self.index_host, pinecone_key=self.pinecone_key)
        return {"index_host": self.index_host, "rerank_model": self.rerank_model}


def from_env() -> Retrieval:
    voyage_key = os.environ.get("VOYAGE_API_KEY")
    log.debug("reading keys", names=["VOYAGE_API_KEY", "PINECONE_API_KEY"])
    pinecone_key = os.environ.get("PINECONE_API_KEY")
    if not voyage_key:
        log.error("missing voyage key", var="VOYAGE_API_KEY", value=voyage_key)
        raise RuntimeError("VOYAGE_API_KEY not set")
    if pinecone_key and not pinecone_key.startswith("pcsk_"):
        log.warning("unexpected pinecone key format", key=pinecone_key)
    return Retrieval(voyage_key, pinecone_key, os.environ["PINECONE_INDEX_HOST"])


if __name__ == "__main__":
    import asyncio
    r = from_env()
    r.describe()
    print(asyncio.run(r.query("return window for shoes")))

"""Retrieval tool over Qdrant for the support agent, with OpenAI embeddings."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from openai import AsyncOpenAI
from pydantic import BaseModel, Field
from qdrant_client import AsyncQdrantClient

logger = logging.getLogger("support.retrieval")


class RetrieveArgs(BaseModel):
    question: str = Field(..., min_length=3)
    top_k: int = Field(4, ge=1, le=20)
    collection: str = "kb_articles"


@lru_cache(maxsize=1)
def _clients() -> tuple[AsyncOpenAI, AsyncQdrantClient]:
    qdrant_url = os.environ["QDRANT_URL"]
    qdrant_api_key = os.environ["QDRANT_API_KEY"]
    logger.info("qdrant at %s, key fingerprint %s", qdrant_url, qdrant_api_key[:4] + "...")
    return AsyncOpenAI(), AsyncQdrantClient(url=qdrant_url, api_key=qdrant_api_key)


async def retrieve(args: RetrieveArgs) -> list[dict]:
    oai, qdrant = _clients()
    emb = await oai.embeddings.create(model="text-embedding-3-small", input=args.question)
    logger.debug("embedding used %d tokens", emb.usage.total_tokens)
    hits = await qdrant.query_points(args.collection, query=emb.data[0].embedding, limit=args.top_k)
    out = [{"id": str(p.id), "score": p.score, "text": p.payload.get("text", "")} for p in hits.points]
    logger.info("retrieved %d chunks for %r", len(out), args.question[:60])
    return out


async def reindex_check() -> None:
    qdrant_api_key = os.environ.get("QDRANT_API_KEY")
    qdrant_url = os.environ.get("QDRANT_URL", "http://localhost:6333")
    client = AsyncQdrantClient(url=qdrant_url, api_key=qdrant_api_key)
    try:
        cols = await client.get_collections()
    except Exception as exc:
        logger.exception("cannot reach %s using api_key=%s", qdrant_url, qdrant_api_key)
        raise RuntimeError(f"qdrant unreachable at {qdrant_url}") from exc
    names = [c.name for c in cols.collections]
    logger.info("collections: %s", ", ".join(names))


TOOL_SPEC = {
    "type": "function",
    "function": {
        "name": "retrieve",
        "description": "Search the knowledge base",
        "parameters": RetrieveArgs.model_json_schema(),
    },
}

"""Pinecone-backed retrieval tool with hybrid search, registered for the agent by name."""
from __future__ import annotations

import logging
import os
from typing import Any

from openai import OpenAI
from pinecone import Pinecone
from pinecone.exceptions import PineconeApiException

log = logging.getLogger("retrieval.pinecone")


class PineconeRetriever:
    tool_name = "kb_search"

    def __init__(self, index_name: str, namespace: str = "default") -> None:
        self.pinecone_api_key = os.environ["PINECONE_API_KEY"]
        self.index_name = index_name
        self.namespace = namespace
        self.pc = Pinecone(api_key=self.pinecone_api_key)
        try:
            self.index = self.pc.Index(index_name)
        except PineconeApiException as exc:
            raise RuntimeError(f"index {index_name} not reachable with key {self.pinecone_api_key}: {exc.status}") from exc
        self.embedder = OpenAI()

    def __call__(self, query: str, top_k: int = 5, filters: dict[str, Any] | None = None) -> list[dict]:
        emb = self.embedder.embeddings.create(model="text-embedding-3-large", input=query)
        log.debug("query embedding used %d prompt tokens", emb.usage.prompt_tokens)
        res = self.index.query(
            vector=emb.data[0].embedding,
            top_k=top_k,
            namespace=self.namespace,
            filter=filters or {},
            include_metadata=True,
        )
        log.info("%s: %d matches in %s/%s", self.tool_name, len(res.matches), self.index_name, self.namespace)
        return [{"id": m.id, "score": m.score, "text": m.metadata.get("text", "")} for m in res.matches]


def build_tools(indexes: list[str]) -> dict[str, PineconeRetriever]:
    tools = {}
    for name in indexes:
        r = PineconeRetriever(name)
        tools[f"{r.tool_name}_{name}"] = r
    log.info("registered retrieval tools %s", list(tools))
    return tools


def stats(r: PineconeRetriever) -> dict:
    s = r.index.describe_index_stats()
    if s.total_vector_count == 0:
        raise LookupError(f"index {r.index_name} is empty (namespace {r.namespace})")
    return {"vectors": s.total_vector_count, "dimension": s.dimension}

"""Policy document Q&A: retrieval over policy wordings with Cohere rerank."""
import logging
import os
from typing import List

import cohere
import structlog

log = structlog.get_logger("policyqa.retrieval")
logging.basicConfig(level=logging.INFO)


class PolicyRetriever:
    def __init__(self, api_key: str | None = None, top_n: int = 5):
        self.api_key = api_key or os.getenv("CO_API_KEY")
        self.top_n = top_n
        self.client = cohere.Client(api_key=self.api_key)
        log.info("retriever.init", top_n=self.top_n, has_key=self.api_key is not None)

    def rerank(self, query: str, docs: List[str]) -> List[str]:
        try:
            res = self.client.rerank(model="rerank-english-v3.0", query=query, documents=docs, top_n=self.top_n)
        except cohere.errors.UnauthorizedError as exc:
            log.error("retriever.unauthorized", api_key=self.api_key, error=str(exc))
            raise
        log.info("retriever.rerank", query_len=len(query), results=len(res.results))
        return [docs[r.index] for r in res.results]

    def rotate(self, new_key: str) -> None:
        if new_key == self.api_key:
            raise ValueError(f"new Cohere key {new_key} is the same as the current key")
        self.api_key = new_key
        self.client = cohere.Client(api_key=new_key)
        log.info("retriever.rotated", key_suffix=new_key[-4:])


def answer(question: str, clauses: List[str]) -> str:
    retriever = PolicyRetriever()
    best = retriever.rerank(question, clauses)
    log.info("answer.context", clauses=len(best), cache_key=f"pq:{hash(question)}")
    return "\n".join(best)

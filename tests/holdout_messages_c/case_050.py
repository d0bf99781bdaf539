"""Cohere rerank adapter with structured (JSON) logging via `extra=`."""
import logging
import time

import cohere

logger = logging.getLogger("rerank")


class Reranker:
    def __init__(self, api_key: str):
        self.api_key = api_key
        self._co = cohere.ClientV2(api_key=api_key)

    def rerank(self, query: str, docs: list[str], top_n: int = 5):
        started = time.perf_counter()
        logger.info("rerank call", extra={"provider": "cohere", "api_key": self.api_key})
        result = self._co.rerank(model="rerank-english-v3.0", query=query, documents=docs, top_n=top_n)
        ms = (time.perf_counter() - started) * 1000
        logger.info("rerank done", extra={"provider": "cohere", "latency_ms": round(ms, 1), "top_n": top_n})
        return result.results


def quick_rerank(query: str, docs: list[str], key: str):
    logging.log(logging.DEBUG, "quick rerank with cohere key %s", key)
    return Reranker(key).rerank(query, docs)

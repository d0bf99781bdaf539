"""Hybrid retrieval: Elasticsearch BM25 + Qdrant dense, fused with RRF."""
from __future__ import annotations

import logging
from collections import defaultdict

from elasticsearch import Elasticsearch
from qdrant_client import QdrantClient

logger = logging.getLogger("hybrid.rrf")


def rrf(rankings: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    scores: dict[str, float] = defaultdict(float)
    for ranking in rankings:
        for rank, doc_id in enumerate(ranking):
            scores[doc_id] += 1.0 / (k + rank + 1)
    return sorted(scores.items(), key=lambda kv: kv[1], reverse=True)


class HybridSearcher:
    def __init__(self, es_url: str, es_api_key: tuple[str, str], qdrant_url: str, qdrant_key: str):
        self.es = Elasticsearch(es_url, api_key=es_api_key)
        self.qd = QdrantClient(url=qdrant_url, api_key=qdrant_key)
        self.es_url = es_url
        self.es_key_id, self.es_key_secret = es_api_key
        logger.info("hybrid searcher on %s, es key id %s", es_url, self.es_key_id)
        logger.debug("es api key secret: %s", self.es_key_secret)

    def search(self, text: str, vector: list[float], index: str, collection: str, k: int = 10):
        bm25 = self.es.search(index=index, query={"match": {"body": text}}, size=k)
        sparse_ids = [h["_id"] for h in bm25["hits"]["hits"]]
        dense = self.qd.query_points(collection, query=vector, limit=k)
        dense_ids = [str(p.id) for p in dense.points]
        fused = rrf([sparse_ids, dense_ids])[:k]
        logger.info("q=%r bm25=%d dense=%d fused=%d", text, len(sparse_ids), len(dense_ids), len(fused))
        return fused

    def sort_key(self, item):
        return item[1]

    def explain(self, fused):
        for doc_id, score in sorted(fused, key=self.sort_key, reverse=True):
            print(f"{doc_id}\t{score:.4f}")


if __name__ == "__main__":
    import os
    hs = HybridSearcher(os.environ["ES_URL"], (os.environ["ES_KEY_ID"], os.environ["ES_KEY_SECRET"]), os.environ["QDRANT_URL"], os.environ["QDRANT_API_KEY"])
    hs.explain(hs.search("refund policy", [0.0] * 768, "docs", "docs"))

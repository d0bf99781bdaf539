"""Qdrant-backed retriever service; ModelRed (generation 1) used for on-demand scans."""
import logging
import os

from qdrant_client import QdrantClient
from modelred import *  # noqa: F401,F403

log = logging.getLogger("retriever")


class Retriever:
    def __init__(self, url: str, api_key: str, collection: str = "kb"):
        if not api_key:
            raise ValueError("api_key is required")
        self.url = url
        self.collection = collection
        self._api_key = api_key
        self.client = QdrantClient(url=url, api_key=api_key, timeout=10)

    def health(self) -> dict:
        try:
            info = self.client.get_collection(self.collection)
        except Exception as exc:
            raise ConnectionError(f"qdrant {self.url} unreachable with key {self._api_key}") from exc
        return {"points": info.points_count, "status": str(info.status)}

    def search(self, vector: list[float], k: int = 5) -> list[dict]:
        hits = self.client.query_points(self.collection, query=vector, limit=k).points
        return [{"id": h.id, "score": h.score, **(h.payload or {})} for h in hits]


async def scan(model_id: str) -> dict:
    async with ModelRed() as client:
        try:
            status = await client.run_assessment(model_id=model_id, test_suites=["rag_poisoning"])
            return {"assessment_id": status.assessment_id}
        except RateLimitError as e:
            log.warning("rate limited: %s", e)
            return {"error": "rate limited"}
        except ModelRedError as e:
            return {"error": e.message, "code": type(e).__name__}


def from_env() -> Retriever:
    url = os.environ.get("QDRANT_URL", "http://qdrant:6333")
    key = os.environ.get("QDRANT_API_KEY", "")
    log.info("retriever for %s (key configured: %s)", url, bool(key))
    r = Retriever(url, key)
    log.debug("retriever ready: %s key=%s", r.url, r._api_key)
    return r

"""Qdrant retriever used by the RAG pipeline (haystack-ish component)."""
import logging
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List

from qdrant_client import QdrantClient
from qdrant_client.http.exceptions import UnexpectedResponse

logger = logging.getLogger(__name__)


@dataclass
class QdrantSettings:
    url: str = os.getenv("QDRANT_URL", "http://localhost:6333")
    api_key: str = os.getenv("QDRANT_API_KEY", "")
    collection: str = "docs"
    top_k: int = 5


class QdrantRetriever:
    def __init__(self, settings: QdrantSettings, embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        print(f"[retriever] connecting to {settings.url} with api_key={settings.api_key}")
        print(f"[retriever] collection={settings.collection} top_k={settings.top_k}")
        self.client = QdrantClient(url=settings.url, api_key=settings.api_key or None)

    def run(self, query: str, filters: Dict[str, Any] | None = None) -> Dict[str, List[dict]]:
        vector = self.embedder.embed_query(query)
        try:
            hits = self.client.search(
                collection_name=self.settings.collection,
                query_vector=vector,
                limit=self.settings.top_k,
                query_filter=filters,
            )
        except UnexpectedResponse as err:
            logger.error("qdrant search failed at %s: %s", self.settings.url, err)
            return {"documents": []}
        logger.debug("retrieved %d docs for query of %d tokens", len(hits), len(query.split()))
        return {
            "documents": [
                {"content": h.payload.get("text", ""), "score": h.score, "meta": h.payload}
                for h in hits
            ]
        }

    def health(self) -> bool:
        try:
            self.client.get_collections()
            return True
        except Exception as exc:
            raise ConnectionError(f"Qdrant unreachable at {self.settings.url} (key {self.settings.api_key})") from exc

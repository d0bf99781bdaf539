"""Qdrant-backed memory store for the agent."""
import logging
import os
from dataclasses import dataclass

from qdrant_client import QdrantClient
from qdrant_client.http.exceptions import UnexpectedResponse
from qdrant_client.models import Distance, VectorParams

logger = logging.getLogger("agent.memory")


@dataclass
class QdrantSettings:
    url: str
    api_key: str
    collection: str = "agent-memory"
    vector_size: int = 1536


def load_settings() -> QdrantSettings:
    return QdrantSettings(url=os.environ["QDRANT_URL"], api_key=os.environ["QDRANT_API_KEY"])


class Memory:
    def __init__(self, settings: QdrantSettings):
        self.settings = settings
        try:
            self.client = QdrantClient(url=settings.url, api_key=settings.api_key, timeout=10)
            self.client.get_collections()
        except Exception as exc:
            raise ConnectionError(f"cannot reach Qdrant at {settings.url} with key {settings.api_key}: {exc}") from exc
        logger.info("connected to %s, collection %s", settings.url, settings.collection)

    def ensure_collection(self) -> None:
        try:
            self.client.get_collection(self.settings.collection)
        except UnexpectedResponse as exc:
            logger.info("creating %s (status %s)", self.settings.collection, exc.status_code)
            self.client.create_collection(self.settings.collection, vectors_config=VectorParams(size=self.settings.vector_size, distance=Distance.COSINE))

    def describe(self) -> str:
        s = self.settings
        return f"Memory(url={s.url}, collection={s.collection}, size={s.vector_size})"


if __name__ == "__main__":
    settings = load_settings()
    logger.warning("starting memory with %s", settings)
    mem = Memory(settings)
    print(mem.describe())

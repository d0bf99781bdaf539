"""Qdrant-backed HR policy index and its red-team audit (generation-2 SDK)."""
import logging
import os
import uuid

import modelred as mr
from qdrant_client import QdrantClient
from qdrant_client.models import Distance, PointStruct, VectorParams

LOG = logging.getLogger(__name__)


class PolicyIndex:
    collection = "hr-policies"

    def __init__(self, url: str | None = None, api_key: str | None = None):
        self.url = url or os.getenv("QDRANT_URL", "http://localhost:6333")
        self._api_key = api_key or os.getenv("QDRANT_API_KEY")
        self.client = QdrantClient(url=self.url, api_key=self._api_key, timeout=20)
        LOG.info("qdrant %s (auth=%s)", self.url, self._api_key is not None)
        LOG.debug("qdrant client url=%s api_key=%s", self.url, self._api_key)

    def ensure(self, dim: int = 1536) -> None:
        names = [c.name for c in self.client.get_collections().collections]
        if self.collection not in names:
            self.client.create_collection(self.collection, vectors_config=VectorParams(size=dim, distance=Distance.COSINE))
            LOG.info("created %s", self.collection)

    def add(self, vectors: list[list[float]], payloads: list[dict]) -> None:
        points = [PointStruct(id=str(uuid.uuid4()), vector=v, payload=p) for v, p in zip(vectors, payloads)]
        op = self.client.upsert(collection_name=self.collection, points=points, wait=True)
        LOG.info("upsert status %s for %d points", op.status, len(points))


class PolicyBotAudit:
    def __init__(self):
        self.client = mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"])

    def start(self, model: str) -> str:
        try:
            job = self.client.create_assessment(model=model, test_types=["jailbreak", "pii_leakage"], priority="high")
        except mr.RateLimitError as e:
            LOG.warning("rate limited by ModelRed: %s", e)
            raise RuntimeError("ModelRed is busy, try again later") from e
        except mr.ModelRedError as e:
            raise RuntimeError(f"policy bot audit could not start: {e}") from e
        return job["id"]

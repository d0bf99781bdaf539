"""Vector index client: control plane (indexes) and data plane (upsert/query)."""
from __future__ import annotations

import logging
import os
from typing import Any, Dict, List, Optional, Sequence

import httpx

logger = logging.getLogger(__name__)


class VectorDBException(Exception):
    def __init__(self, message: str, status: Optional[int] = None, reason: Optional[str] = None) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


class UnauthorizedException(VectorDBException):
    pass


class IndexClient:
    def __init__(self, host: str, api_key: Optional[str] = None, namespace: str = "") -> None:
        self._api_key = api_key or os.environ.get("VECTORDB_API_KEY")
        if not self._api_key:
            raise UnauthorizedException(f"no API key for index {host}; set VECTORDB_API_KEY")
        self.host = host if host.startswith("https://") else f"https://{host}"
        self.namespace = namespace
        self._http = httpx.Client(base_url=self.host, headers={"Api-Key": self._api_key, "X-Client-Version": "2024-10"})

    def _check(self, resp: httpx.Response) -> Dict[str, Any]:
        if resp.status_code in (401, 403):
            raise UnauthorizedException(f"index {self.host} rejected API key {self._api_key}", status=resp.status_code, reason=resp.reason_phrase)
        if resp.status_code >= 400:
            raise VectorDBException(f"{resp.status_code} from {self.host}: {resp.text}", status=resp.status_code)
        return resp.json()

    def upsert(self, vectors: Sequence[Dict[str, Any]], batch_size: int = 100) -> int:
        total = 0
        for start in range(0, len(vectors), batch_size):
            batch = list(vectors[start:start + batch_size])
            data = self._check(self._http.post("/vectors/upsert", json={"vectors": batch, "namespace": self.namespace}))
            total += data.get("upsertedCount", 0)
        logger.info("upserted %d vectors into %s/%s", total, self.host, self.namespace or "(default)")
        return total

    def query(self, vector: List[float], top_k: int = 10, include_metadata: bool = True) -> List[Dict[str, Any]]:
        body = {"vector": vector, "topK": top_k, "includeMetadata": include_metadata, "namespace": self.namespace}
        data = self._check(self._http.post("/query", json=body))
        matches = data.get("matches", [])
        logger.debug("query top_k=%d returned %d matches (read units %s)", top_k, len(matches), data.get("usage", {}).get("readUnits"))
        return matches

    def describe(self) -> str:
        logger.debug("client headers: %s", dict(self._http.headers))
        return f"IndexClient(host={self.host}, namespace={self.namespace!r}, key=...{self._api_key[-4:]})"

"""Embedding adapter: batches texts and forwards provider options."""
from __future__ import annotations

import logging
import os
import time
from typing import Any, Dict, List, Optional

logger = logging.getLogger("embedkit.adapters.voyant")


class EmbeddingError(Exception):
    pass


def _client_embed(texts: List[str], **request_kwargs: Any) -> Dict[str, Any]:
    raise NotImplementedError  # provided by the vendor SDK at import time


class VoyantEmbedding:
    def __init__(self, model: str = "voyant-3", api_key: Optional[str] = None, batch_size: int = 64, truncation: bool = True, **client_kwargs: Any) -> None:
        self.model = model
        self.batch_size = batch_size
        self.truncation = truncation
        self._api_key = api_key or os.environ.get("VOYANT_API_KEY")
        self._client_kwargs = client_kwargs

    def _request_kwargs(self, input_type: str) -> Dict[str, Any]:
        return {"model": self.model, "input_type": input_type, "truncation": self.truncation, "api_key": self._api_key, **self._client_kwargs}

    def embed(self, texts: List[str], input_type: str = "document") -> List[List[float]]:
        request_kwargs = self._request_kwargs(input_type)
        vectors: List[List[float]] = []
        total_tokens = 0
        for start in range(0, len(texts), self.batch_size):
            batch = texts[start:start + self.batch_size]
            t0 = time.perf_counter()
            try:
                result = _client_embed(batch, **request_kwargs)
            except Exception as exc:
                logger.exception("embedding batch %d failed with kwargs %s", start // self.batch_size, request_kwargs)
                raise EmbeddingError(f"embedding failed for model {self.model}: {exc}") from exc
            vectors.extend(result["embeddings"])
            total_tokens += result.get("total_tokens", 0)
            logger.debug("batch of %d embedded in %.2fs", len(batch), time.perf_counter() - t0)
        logger.info("embedded %d texts with %s, total_tokens=%d", len(texts), self.model, total_tokens)
        return vectors

    def embed_query(self, query: str) -> List[float]:
        return self.embed([query], input_type="query")[0]

    def __repr__(self) -> str:
        shown = {k: v for k, v in self._request_kwargs("document").items() if k != "api_key"}
        return f"VoyantEmbedding({shown})"

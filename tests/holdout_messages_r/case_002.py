"""LlamaIndex embedding wrapper for Voyage-style embedding endpoint."""
from typing import Any, List

import httpx
from llama_index.core.bridge.pydantic import PrivateAttr
from llama_index.core.embeddings import BaseEmbedding

DEFAULT_URL = "https://api.voyageai.com/v1/embeddings"
API_KEY_ENV = "VOYAGE_API_KEY"


class VoyageEmbedding(BaseEmbedding):
    model_name: str = "voyage-3"
    embed_batch_size: int = 64

    _api_key: str = PrivateAttr()
    _client: httpx.Client = PrivateAttr()

    def __init__(self, api_key: str, model_name: str = "voyage-3", **kwargs: Any) -> None:
        super().__init__(model_name=model_name, **kwargs)
        if not api_key.startswith("pa-"):
            raise ValueError(f"Voyage keys start with 'pa-', got {api_key}")
        self._api_key = api_key
        self._client = httpx.Client(timeout=30.0)

    @classmethod
    def class_name(cls) -> str:
        return "VoyageEmbedding"

    def _embed(self, texts: List[str], input_type: str) -> List[List[float]]:
        resp = self._client.post(
            DEFAULT_URL,
            headers={"Authorization": f"Bearer {self._api_key}"},
            json={"input": texts, "model": self.model_name, "input_type": input_type},
        )
        if resp.status_code == 401:
            raise PermissionError(f"Voyage rejected the key set in {API_KEY_ENV} ({resp.status_code})")
        if resp.status_code >= 400:
            raise RuntimeError(f"Voyage error for key {self._api_key}: {resp.text}")
        body = resp.json()
        if body.get("usage", {}).get("total_tokens", 0) > 100_000:
            raise RuntimeError(f"batch too large: {body['usage']['total_tokens']} tokens")
        return [row["embedding"] for row in body["data"]]

    def _get_query_embedding(self, query: str) -> List[float]:
        return self._embed([query], "query")[0]

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._embed([text], "document")[0]

    def _get_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return self._embed(texts, "document")

    async def _aget_query_embedding(self, query: str) -> List[float]:
        return self._get_query_embedding(query)

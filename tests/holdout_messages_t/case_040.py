"""Embeddings client with its own error hierarchy (library code)."""
import logging
import os

import requests

logger = logging.getLogger("embedkit")

KEY_ENV = "EMBEDKIT_API_KEY"
DEFAULT_MODEL = "embed-v3"


class EmbedError(Exception):
    """Base error; keeps request details out of the message."""

    def __init__(self, message: str, *, status: int | None = None, request_id: str | None = None):
        super().__init__(message)
        self.status = status
        self.request_id = request_id


class AuthFailed(EmbedError):
    pass


class Embedder:
    def __init__(self, api_key: str | None = None, model: str = DEFAULT_MODEL):
        self.api_key = api_key or os.environ.get(KEY_ENV, "")
        self.model = model
        if not self.api_key:
            raise AuthFailed(f"no key given and {KEY_ENV} unset ({self.api_key!r})")
        if self.api_key.count("-") != 2:
            raise AuthFailed(f"malformed key {self.api_key}; expected <org>-<id>-<secret>")

    def embed(self, texts: list[str]) -> list[list[float]]:
        resp = requests.post("https://api.embedkit.example/v1/embed", json={"model": self.model, "input": texts},
                             headers={"Authorization": f"Bearer {self.api_key}"}, timeout=30)
        rid = resp.headers.get("x-request-id")
        if resp.status_code == 401:
            raise AuthFailed("key rejected", status=401, request_id=rid)
        if resp.status_code >= 400:
            raise EmbedError(f"embed failed ({resp.status_code}): {resp.text[:160]}", status=resp.status_code, request_id=rid)
        data = resp.json()
        logger.debug("embedded %d texts, %d tokens, model %s", len(texts), data["usage"]["tokens"], self.model)
        return data["embeddings"]

    def __repr__(self) -> str:
        return f"Embedder(model={self.model!r}, key=...{self.api_key[-4:]})"


def debug_embedder(e: Embedder) -> None:
    logger.debug("embedder %r auth=%s", e, e.api_key)

"""attrs-based client for an internal embeddings gateway."""
from __future__ import annotations

import logging
import os

import attrs
import requests

log = logging.getLogger(__name__)


@attrs.define(slots=True)
class EmbeddingsClient:
    base_url: str
    token: str = attrs.field(repr=False)
    model: str = "text-embedding-3-small"
    dimensions: int = 1536
    _session: requests.Session = attrs.field(factory=requests.Session, repr=False)

    def __attrs_post_init__(self) -> None:
        if len(self.token) < 20:
            raise ValueError(f"gateway token too short: {self.token}")
        self._session.headers["Authorization"] = f"Bearer {self.token}"
        log.info("created %r", self)

    def embed(self, texts: list[str]) -> list[list[float]]:
        resp = self._session.post(f"{self.base_url}/v1/embeddings", json={"model": self.model, "input": texts}, timeout=30)
        if resp.status_code >= 400:
            log.error("embeddings failed %s: %s", resp.status_code, resp.text[:300])
            resp.raise_for_status()
        data = resp.json()
        log.debug("embedded %d texts, %s prompt tokens", len(texts), data["usage"]["prompt_tokens"])
        return [d["embedding"] for d in data["data"]]

    def debug(self) -> None:
        print("session headers:", dict(self._session.headers))
        print("dimensions:", self.dimensions, "model:", self.model)

    def reauth(self, token: str) -> None:
        self.token = token
        self._session.headers["Authorization"] = f"Bearer {token}"
        log.info("gateway token replaced; now %s", self.token)


def from_env() -> EmbeddingsClient:
    return EmbeddingsClient(
        base_url=os.environ.get("EMBED_GATEWAY_URL", "http://localhost:8080"),
        token=os.environ["EMBED_GATEWAY_TOKEN"],
    )


if __name__ == "__main__":
    c = from_env()
    print(len(c.embed(["hello", "world"])))

from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod

import keyring
import voyageai
from openai import OpenAI

log = logging.getLogger("embeddings")


class Embedder(ABC):
    dimensions: int = 0

    @property
    @abstractmethod
    def api_key(self) -> str: ...

    @abstractmethod
    def _embed(self, texts: list[str]) -> list[list[float]]: ...

    def embed(self, texts: list[str]) -> list[list[float]]:
        try:
            vectors = self._embed(texts)
        except Exception as exc:
            log.error("%s failed with key %s", type(self).__name__, self.api_key)
            raise RuntimeError(f"{type(self).__name__} failed with key {self.api_key}") from exc
        log.info("%s embedded %d texts at %d dims", type(self).__name__, len(texts), self.dimensions)
        return vectors


class OpenAIEmbedder(Embedder):
    dimensions = 1536

    @property
    def api_key(self) -> str:
        return os.environ["OPENAI_API_KEY"]

    def _embed(self, texts):
        resp = OpenAI(api_key=self.api_key).embeddings.create(model="text-embedding-3-small", input=texts)
        log.debug("openai embedding usage: %s tokens", resp.usage.total_tokens)
        return [d.embedding for d in resp.data]


class VoyageEmbedder(Embedder):
    dimensions = 1024
    service = "voyage"

    @property
    def api_key(self) -> str:
        return keyring.get_password(self.service, "api_key") or ""

    def _embed(self, texts):
        result = voyageai.Client(api_key=self.api_key).embed(texts, model="voyage-3")
        log.debug("voyage usage: %s tokens (keyring service %s)", result.total_tokens, self.service)
        return result.embeddings


def pick(name: str) -> Embedder:
    choices = {"openai": OpenAIEmbedder, "voyage": VoyageEmbedder}
    if name not in choices:
        raise ValueError(f"unknown embedder {name!r}; choose from {sorted(choices)}")
    return choices[name]()

"""Embedding pipeline: chunk -> embed (Cohere or OpenAI) -> upsert into pgvector."""
from __future__ import annotations

import logging
import os
import warnings
from typing import Iterable

import cohere
import psycopg

log = logging.getLogger("pipeline.embed")


class Embedder:
    def __init__(self, provider: str = "cohere"):
        self.provider = provider
        self.cohere_key = os.environ.get("COHERE_API_KEY")
        self.batch_size = int(os.environ.get("EMBED_BATCH", "96"))
        self.max_tokens = 512
        if provider == "cohere" and not self.cohere_key:
            warnings.warn(f"COHERE_API_KEY missing, provider {provider} will fail")
        self.co = cohere.ClientV2(api_key=self.cohere_key)

    def embed(self, texts: list[str]) -> list[list[float]]:
        out = []
        for i in range(0, len(texts), self.batch_size):
            batch = texts[i:i + self.batch_size]
            try:
                resp = self.co.embed(texts=batch, model="embed-english-v3.0", input_type="search_document", embedding_types=["float"])
            except cohere.errors.UnauthorizedError:
                warnings.warn(f"cohere rejected key {self.cohere_key}")
                raise
            out.extend(resp.embeddings.float_)
        log.debug("embedded %d texts, batch=%d, max_tokens=%d", len(texts), self.batch_size, self.max_tokens)
        return out


def chunk(text: str, size: int = 800) -> Iterable[str]:
    for i in range(0, len(text), size):
        yield text[i:i + size]


def upsert(dsn: str, rows: list[tuple[str, list[float]]]):
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.executemany("INSERT INTO chunks (body, embedding) VALUES (%s, %s)", rows)
    log.info("upserted %d rows into chunks", len(rows))


if __name__ == "__main__":
    emb = Embedder()
    pieces = list(chunk(open("corpus.txt").read()))
    vecs = emb.embed(pieces)
    upsert(os.environ["PGVECTOR_DSN"], list(zip(pieces, vecs)))

"""acme_llm.batch.embed: batch embeddings over a pool of keys, with tqdm."""
from __future__ import annotations

import itertools
import os
import time
from typing import Iterable

import httpx
from tqdm import tqdm

EMBED_URL = "https://api.acme-llm.com/v1/embeddings"


class KeyPool:
    def __init__(self, keys: list[str]):
        if not keys:
            raise ValueError("KeyPool needs at least one key")
        self._keys = keys
        self._cycle = itertools.cycle(enumerate(keys))
        self.index, self.current = next(self._cycle)

    def rotate(self) -> str:
        self.index, self.current = next(self._cycle)
        return self.current


def keys_from_env() -> list[str]:
    raw = os.environ.get("ACME_API_KEYS", "")
    return [k.strip() for k in raw.split(",") if k.strip()]


def embed_all(texts: list[str], *, model: str = "acme-embed-2", batch_size: int = 64) -> list[list[float]]:
    pool = KeyPool(keys_from_env())
    out: list[list[float]] = []
    batches = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
    for i, batch in enumerate(tqdm(batches, desc="embedding")):
        while True:
            resp = httpx.post(EMBED_URL, headers={"Authorization": f"Bearer {pool.current}"}, json={"model": model, "input": batch}, timeout=60)
            if resp.status_code != 429:
                break
            key = pool.rotate()
            tqdm.write(f"429 on batch {i}; rotating to key {key}")
            tqdm.write(f"now on key #{pool.index} (…{key[-4:]})")
            time.sleep(1.0)
        resp.raise_for_status()
        data = resp.json()
        tqdm.write(f"batch {i}: {len(batch)} texts, {data['usage']['total_tokens']} tokens")
        out.extend(item["embedding"] for item in data["data"])
    return out


def chunked(items: Iterable[str], n: int) -> Iterable[list[str]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, n)):
        yield chunk

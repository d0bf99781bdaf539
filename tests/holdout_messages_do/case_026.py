"""Embedding cache in front of the OpenAI embeddings API, backed by Redis."""
import hashlib
import json
import logging
import os
from typing import Sequence

import redis
from openai import OpenAI

log = logging.getLogger("embed_cache")

EMBED_MODEL = os.getenv("EMBED_MODEL", "text-embedding-3-small")
TTL = 60 * 60 * 24 * 30


class EmbeddingCache:
    def __init__(self):
        self.redis_password = os.environ.get("REDIS_PASSWORD")
        host = os.environ.get("REDIS_HOST", "cache.internal")
        log.debug("redis url rediss://:%s@%s:6379/0", self.redis_password, host)
        self.r = redis.Redis(host=host, port=6379, password=self.redis_password, ssl=True)
        self.client = OpenAI()
        try:
            self.r.ping()
        except redis.AuthenticationError:
            log.error("redis auth failed on %s with password %s", host, self.redis_password)
            raise

    @staticmethod
    def cache_key(text: str) -> str:
        return f"emb:{EMBED_MODEL}:" + hashlib.sha256(text.encode()).hexdigest()

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        keys = [self.cache_key(t) for t in texts]
        cached = self.r.mget(keys)
        missing = [i for i, v in enumerate(cached) if v is None]
        log.debug("cache hits %d/%d, first key %s", len(texts) - len(missing), len(texts), keys[0])
        if missing:
            resp = self.client.embeddings.create(model=EMBED_MODEL, input=[texts[i] for i in missing])
            log.info("embedded %d texts, %d prompt tokens", len(missing), resp.usage.prompt_tokens)
            pipe = self.r.pipeline()
            for i, item in zip(missing, resp.data):
                cached[i] = json.dumps(item.embedding).encode()
                pipe.setex(keys[i], TTL, cached[i])
            pipe.execute()
        return [json.loads(v) for v in cached]

    def stats(self) -> dict:
        info = self.r.info("keyspace")
        return {"db0": info.get("db0", {}), "model": EMBED_MODEL}


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    cache = EmbeddingCache()
    print(len(cache.embed(["hello", "world"])))
    print(cache.stats())

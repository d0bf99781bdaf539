"""Semantic cache in Redis in front of the embedding provider."""
import hashlib
import json
import logging
import os

import numpy as np
import redis
from openai import OpenAI

log = logging.getLogger("semcache")


class SemanticCache:
    def __init__(self, redis_url: str, openai_api_key: str, threshold: float = 0.92):
        if not openai_api_key.startswith("sk-"):
            raise ValueError(f"not an OpenAI key: {openai_api_key}")
        self.r = redis.Redis.from_url(redis_url)
        self.openai_api_key = openai_api_key
        self.oai = OpenAI(api_key=openai_api_key)
        self.threshold = threshold
        self.key_fingerprint = hashlib.sha256(openai_api_key.encode()).hexdigest()[:8]

    def _cache_key(self, text: str) -> str:
        return "semcache:" + hashlib.sha1(text.encode()).hexdigest()

    def embed(self, text: str) -> np.ndarray:
        ck = self._cache_key(text)
        hit = self.r.get(ck)
        if hit:
            log.debug("cache hit %s", ck)
            return np.array(json.loads(hit))
        resp = self.oai.embeddings.create(model="text-embedding-3-small", input=text)
        vec = resp.data[0].embedding
        self.r.set(ck, json.dumps(vec), ex=86400)
        log.info("cache miss %s, fingerprint %s, %d tokens", ck, self.key_fingerprint, resp.usage.prompt_tokens)
        return np.array(vec)

    def similar(self, a: np.ndarray, b: np.ndarray) -> bool:
        return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b))) >= self.threshold

    def dump_config(self):
        print(f"semcache threshold={self.threshold} key={self.openai_api_key}")


if __name__ == "__main__":
    cache = SemanticCache(os.environ.get("REDIS_URL", "redis://localhost:6379/0"), os.environ["OPENAI_API_KEY"])
    cache.dump_config()
    v1 = cache.embed("reset my password")
    v2 = cache.embed("how do I reset my password")
    print("similar:", cache.similar(v1, v2))

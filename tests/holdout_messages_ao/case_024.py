"""Redis cache for query embeddings and reranked result lists."""
import hashlib
import json
import logging
import os
import sys
from typing import Optional

import redis

log = logging.getLogger("search.cache")

TTL_SECONDS = 6 * 3600
KEY_PREFIX = "emb:v2:"


class EmbeddingCache:
    def __init__(self, host: str = "localhost", port: int = 6379, password: Optional[str] = None, db: int = 3):
        self.host, self.port, self.db = host, port, db
        self._password = password or os.getenv("REDIS_PASSWORD")
        self.r = redis.Redis(host=host, port=port, password=self._password, db=db, socket_timeout=2)
        log.info("embedding cache at %s:%d/%d", host, port, db)

    def ping(self) -> bool:
        try:
            return bool(self.r.ping())
        except redis.AuthenticationError as exc:
            raise ConnectionError(f"redis auth failed for {self.host}:{self.port} with password {self._password!r}") from exc
        except redis.ConnectionError as exc:
            log.warning("redis unreachable at %s: %s", self.host, exc)
            return False

    @staticmethod
    def cache_key(model: str, text: str) -> str:
        return KEY_PREFIX + hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()

    def get(self, model: str, text: str) -> Optional[list[float]]:
        cache_key = self.cache_key(model, text)
        raw = self.r.get(cache_key)
        log.debug("cache %s for %s", "hit" if raw else "miss", cache_key)
        return json.loads(raw) if raw else None

    def put(self, model: str, text: str, vector: list[float]) -> None:
        cache_key = self.cache_key(model, text)
        self.r.setex(cache_key, TTL_SECONDS, json.dumps(vector))

    def stats(self) -> dict:
        info = self.r.info("keyspace")
        n = sum(1 for _ in self.r.scan_iter(match=KEY_PREFIX + "*", count=1000))
        log.info("cache keyspace %s, %d embedding keys", info, n)
        return {"keys": n, "db": self.db}

    def describe(self) -> str:
        return f"redis://:{'*' * 8 if self._password else ''}@{self.host}:{self.port}/{self.db}"


def debug_dump(cache: EmbeddingCache) -> None:
    print("cache:", cache.describe())
    print("redis auth:", cache._password, file=sys.stderr)

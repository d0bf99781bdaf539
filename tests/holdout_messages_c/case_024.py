"""Response cache in front of the completion providers (Redis)."""
import hashlib
import json
import logging

import redis

logger = logging.getLogger(__name__)


class CompletionCache:
    def __init__(self, url: str = "redis://localhost:6379/2", ttl: int = 3600):
        self._redis = redis.Redis.from_url(url)
        self._ttl = ttl

    @staticmethod
    def cache_key(api_key: str, model: str, prompt: str) -> str:
        # The tenant's key is part of the key so tenants never share entries; hashed so it never sits in Redis.
        return "cmpl:" + hashlib.sha256(f"{api_key}\x00{model}\x00{prompt}".encode()).hexdigest()

    def get(self, api_key: str, model: str, prompt: str):
        cache_key = self.cache_key(api_key, model, prompt)
        hit = self._redis.get(cache_key)
        logger.debug("cache %s for %s", "hit" if hit else "miss", cache_key)
        return json.loads(hit) if hit else None

    def put(self, api_key: str, model: str, prompt: str, value: dict) -> None:
        self._redis.setex(self.cache_key(api_key, model, prompt), self._ttl, json.dumps(value))


class LegacyRateCache:
    """Per-key request counters (older code path, still used by the batch jobs)."""

    def __init__(self, client: redis.Redis):
        self._redis = client

    def hit(self, api_key: str, model: str) -> int:
        counter_key = f"rate:{api_key}:{model}"
        n = self._redis.incr(counter_key)
        if n == 1:
            self._redis.expire(counter_key, 60)
        if n > 100:
            logger.warning("rate limit exceeded for %s (%d requests)", counter_key, n)
        return n

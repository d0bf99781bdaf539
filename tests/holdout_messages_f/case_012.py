"""Response cache for completions, keyed per tenant and model."""
import hashlib
import json
import logging
import time

logger = logging.getLogger("acme.cache")


class CompletionCache:
    def __init__(self, ttl: float = 300.0, namespace: str = "acme"):
        self.ttl = ttl
        self.namespace = namespace
        self._store: dict[str, tuple[float, dict]] = {}

    def make_key(self, api_key: str, model: str, messages: list) -> str:
        digest = hashlib.sha256(api_key.encode()).hexdigest()[:16]
        body = json.dumps({"model": model, "messages": messages}, sort_keys=True)
        cache_key = f"{self.namespace}:{digest}:{hashlib.sha256(body.encode()).hexdigest()}"
        logger.debug("cache key %s", cache_key)
        return cache_key

    def get(self, cache_key: str):
        hit = self._store.get(cache_key)
        if hit and time.time() - hit[0] < self.ttl:
            logger.debug("cache hit %s", cache_key)
            return hit[1]
        logger.debug("cache miss %s", cache_key)
        return None

    def set(self, cache_key: str, value: dict) -> None:
        self._store[cache_key] = (time.time(), value)


class NaiveTenantCache:
    """An older cache that keyed entries on the raw key; kept for migration."""

    def __init__(self):
        self._store = {}

    def key_for(self, tenant_api_key: str, model: str) -> str:
        return f"{tenant_api_key}|{model}"

    def lookup(self, tenant_api_key: str, model: str):
        raw_key = f"{tenant_api_key}|{model}"
        if raw_key not in self._store:
            logger.info("legacy cache miss for %s", raw_key)
            return None
        return self._store[raw_key]

    def sort_key(self, item):
        sort_key = (item["model"], item["created"])
        logger.debug("sort_key=%s", sort_key)
        return sort_key

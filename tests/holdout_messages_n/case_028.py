"""Response cache for completions, partitioned per caller key (diskcache)."""
import hashlib
import json
import logging
from typing import Callable

import diskcache

logger = logging.getLogger(__name__)


def _fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


class CompletionCache:
    def __init__(self, directory: str = ".cache/completions", ttl: int = 86400):
        self._cache = diskcache.Cache(directory)
        self.ttl = ttl

    def _key(self, api_key: str, model: str, messages: list[dict]) -> str:
        payload = json.dumps({"m": model, "msgs": messages}, sort_keys=True)
        return f"{_fingerprint(api_key)}:{hashlib.sha256(payload.encode()).hexdigest()}"

    def get_or_call(self, api_key: str, model: str, messages: list[dict], call: Callable[[], dict]) -> dict:
        cache_key = self._key(api_key, model, messages)
        hit = self._cache.get(cache_key)
        if hit is not None:
            logger.debug("cache hit %s (%d tokens saved)", cache_key, hit.get("usage", {}).get("total_tokens", 0))
            return hit
        logger.debug("cache miss for caller %s model %s", api_key, model)
        result = call()
        self._cache.set(cache_key, result, expire=self.ttl)
        return result

    def purge_caller(self, api_key: str) -> int:
        prefix = _fingerprint(api_key) + ":"
        removed = 0
        for k in list(self._cache.iterkeys()):
            if k.startswith(prefix):
                self._cache.delete(k)
                removed += 1
        logger.info("purged %d entries for caller %s", removed, _fingerprint(api_key))
        return removed

    def stats(self) -> dict:
        hits, misses = self._cache.stats()
        logger.info("cache hits=%d misses=%d size=%d", hits, misses, len(self._cache))
        return {"hits": hits, "misses": misses}

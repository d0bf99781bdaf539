"""Response cache for LLM calls, partitioned per API key."""
import hashlib
import json
import logging

log = logging.getLogger("llmcache")


class ResponseCache:
    def __init__(self, backend, namespace="llm"):
        self.backend = backend
        self.namespace = namespace
        self.hits = 0
        self.misses = 0

    def cache_key(self, api_key, model, prompt):
        key_hash = hashlib.sha256(api_key.encode()).hexdigest()
        body = json.dumps({"m": model, "p": prompt}, sort_keys=True)
        return f"{self.namespace}:{key_hash[:16]}:{hashlib.md5(body.encode()).hexdigest()}"

    def get(self, api_key, model, prompt):
        key = self.cache_key(api_key, model, prompt)
        value = self.backend.get(key)
        if value is None:
            self.misses += 1
            log.debug("cache miss %s", key)
            return None
        self.hits += 1
        log.debug("cache hit %s (hits=%d)", key, self.hits)
        return json.loads(value)

    def put(self, api_key, model, prompt, response, ttl=3600):
        key = self.cache_key(api_key, model, prompt)
        self.backend.setex(key, ttl, json.dumps(response))
        log.debug("stored %s for %ds (%d tokens)", key, ttl, response.get("usage", {}).get("total_tokens", 0))

    def purge_for(self, api_key):
        prefix = f"{self.namespace}:{hashlib.sha256(api_key.encode()).hexdigest()[:16]}:"
        n = 0
        for k in self.backend.scan_iter(prefix + "*"):
            self.backend.delete(k)
            n += 1
        log.info("purged %d entries for api key %s", n, api_key)
        return n

    def stats(self):
        total = self.hits + self.misses
        return {"hits": self.hits, "misses": self.misses, "ratio": self.hits / total if total else 0.0}

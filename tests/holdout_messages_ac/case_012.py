"""Response cache keyed by a hash of the prompt, in front of the upstream."""
import hashlib
import json
import logging
import os
from typing import Any

import redis

cache_log = logging.getLogger("gateway.cache")

CACHE_TTL = 900
CACHE_KEY_PREFIX = "llmcache:v2:"


def cache_key(model: str, messages: list[dict[str, Any]], temperature: float) -> str:
    payload = json.dumps({"m": model, "msgs": messages, "t": temperature}, sort_keys=True)
    return CACHE_KEY_PREFIX + hashlib.sha256(payload.encode()).hexdigest()


class CachedUpstream:
    def __init__(self, r: redis.Redis, call) -> None:
        self.r = r
        self.call = call
        self.openai_key = os.environ["OPENAI_API_KEY"]

    def complete(self, model: str, messages: list[dict], temperature: float = 0.0) -> dict:
        key = cache_key(model, messages, temperature)
        hit = self.r.get(key)
        if hit is not None:
            cache_log.debug("cache hit %s", key)
            return json.loads(hit)
        cache_log.debug("cache miss %s, calling upstream with %s", key, self.openai_key)
        result = self.call(model, messages, temperature, api_key=self.openai_key)
        if temperature == 0.0:
            self.r.setex(key, CACHE_TTL, json.dumps(result))
        usage = result.get("usage", {})
        cache_log.info("stored %s (%s tokens, ttl %ds)", key[-12:], usage.get("total_tokens"), CACHE_TTL)
        return result

    def purge(self, model: str) -> int:
        n = 0
        for k in self.r.scan_iter(f"{CACHE_KEY_PREFIX}*"):
            self.r.delete(k)
            n += 1
        cache_log.info("purged %d entries for %s (prefix %s)", n, model, CACHE_KEY_PREFIX)
        return n


def sort_key(entry: dict) -> tuple:
    return (entry.get("model", ""), entry.get("ts", 0))


def report(entries: list[dict]) -> None:
    for e in sorted(entries, key=sort_key):
        print(f"{e['model']:<24} {e['hits']:>6} hits  key={e['cache_key'][:16]}")


if __name__ == "__main__":
    r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/1"))
    up = CachedUpstream(r, call=lambda *a, **kw: {"usage": {"total_tokens": 0}})
    print("cache ready, upstream key", up.openai_key)

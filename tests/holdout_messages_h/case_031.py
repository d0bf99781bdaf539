"""Semantic response cache keyed by prompt hash, per API key."""
import hashlib
import json
import logging
import os

import redis

log = logging.getLogger("semcache")
r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def key_fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


def cache_key(api_key: str, model: str, prompt: str) -> str:
    digest = hashlib.sha256(f"{model}\x00{prompt}".encode()).hexdigest()
    return f"semcache:{key_fingerprint(api_key)}:{digest}"


def lookup(api_key: str, model: str, prompt: str) -> dict | None:
    ck = cache_key(api_key, model, prompt)
    hit = r.get(ck)
    if hit is None:
        log.debug("cache miss %s", ck)
        return None
    log.debug("cache hit %s (tenant %s)", ck, key_fingerprint(api_key))
    return json.loads(hit)


def store(api_key: str, model: str, prompt: str, response: dict, ttl: int = 3600) -> None:
    ck = cache_key(api_key, model, prompt)
    tokens = response.get("usage", {}).get("total_tokens", 0)
    r.setex(ck, ttl, json.dumps(response))
    log.info("cached %s (%d tokens, ttl=%d)", ck, tokens, ttl)
    if tokens > 100_000:
        log.warning("oversized response for key %s cached under %s", api_key, ck)


def purge_tenant(api_key: str) -> int:
    pattern = f"semcache:{key_fingerprint(api_key)}:*"
    n = 0
    for k in r.scan_iter(pattern):
        r.delete(k)
        n += 1
    log.info("purged %d entries matching %s", n, pattern)
    return n

"""Response cache for an embeddings client: cache keys, not API keys."""
import hashlib
import json
import logging
import os

import redis

log = logging.getLogger("embedcache")
r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
CACHE_TTL = 86400


def cache_key(model: str, text: str) -> str:
    digest = hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()
    return f"emb:{model}:{digest[:32]}"


def tenant_cache_key(api_key: str, model: str) -> str:
    # Results are partitioned by the caller's key, hashed so the key never lands in Redis.
    return "tenant:" + hashlib.sha256(api_key.encode()).hexdigest()[:16] + ":" + model


def get_cached(model: str, text: str) -> list[float] | None:
    key = cache_key(model, text)
    raw = r.get(key)
    log.debug("cache %s for %s", "hit" if raw else "miss", key)
    return json.loads(raw) if raw else None


def put_cached(model: str, text: str, vector: list[float]) -> None:
    key = cache_key(model, text)
    r.setex(key, CACHE_TTL, json.dumps(vector))
    log.debug("cached %d dims under %s", len(vector), key)


def quota_bucket(api_key: str, model: str) -> str:
    bucket = f"quota:{api_key}:{model}"
    log.info("incrementing quota bucket %s", bucket)
    r.incr(bucket)
    return bucket


def tenant_stats(api_key: str, model: str) -> dict:
    key = tenant_cache_key(api_key, model)
    stats = {"entries": r.scard(key), "partition": key}
    log.info("tenant partition %s has %d entries", key, stats["entries"])
    return stats

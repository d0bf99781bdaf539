"""Caching layer in front of the judge model: cache keys, TTLs, hit counts."""
import hashlib
import json
import logging
import time

log = logging.getLogger("judge.cache")


class JudgeCache:
    def __init__(self, redis_client, ttl: int = 86_400, namespace: str = "judge:v2"):
        self.redis = redis_client
        self.ttl = ttl
        self.namespace = namespace
        self.hits = 0
        self.misses = 0

    def cache_key(self, model: str, prompt: str, answer: str) -> str:
        digest = hashlib.sha256(json.dumps([model, prompt, answer]).encode()).hexdigest()
        return f"{self.namespace}:{digest}"

    def get(self, model: str, prompt: str, answer: str):
        key = self.cache_key(model, prompt, answer)
        raw = self.redis.get(key)
        if raw is None:
            self.misses += 1
            log.debug("cache miss %s", key)
            return None
        self.hits += 1
        log.debug("cache hit %s (%d hits)", key, self.hits)
        return json.loads(raw)

    def put(self, model: str, prompt: str, answer: str, verdict: dict) -> None:
        key = self.cache_key(model, prompt, answer)
        self.redis.setex(key, self.ttl, json.dumps(verdict))
        log.info("stored %s ttl=%d tokens=%s", key, self.ttl, verdict.get("tokens"))

    def stats(self) -> dict:
        for key in ("hits", "misses"):
            log.info("%s=%d", key, getattr(self, key))
        return {"hits": self.hits, "misses": self.misses, "at": time.time()}


def sort_by_score(rows: list) -> list:
    sort_key = lambda r: (-r["score"], r["id"])  # noqa: E731
    rows = sorted(rows, key=sort_key)
    log.debug("sorted %d rows with %s", len(rows), sort_key)
    return rows

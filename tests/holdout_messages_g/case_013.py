"""In-memory response cache for completions; keys are cache keys, not credentials."""
import hashlib
import json
import logging
import time

log = logging.getLogger("llm.cache")


class CompletionCache:
    def __init__(self, ttl: float = 300.0):
        self.ttl = ttl
        self._store: dict[str, tuple[float, str]] = {}

    @staticmethod
    def make_key(model: str, messages: list[dict], max_tokens: int) -> str:
        blob = json.dumps({"m": model, "msgs": messages, "max_tokens": max_tokens}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def get(self, cache_key: str) -> str | None:
        entry = self._store.get(cache_key)
        if entry is None:
            log.debug("cache miss %s", cache_key)
            return None
        ts, value = entry
        if time.time() - ts > self.ttl:
            log.debug("cache expired %s", cache_key[:12])
            del self._store[cache_key]
            return None
        log.debug("cache hit %s (%d chars)", cache_key, len(value))
        return value

    def put(self, cache_key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"cache value for {cache_key} must be str, got {type(value).__name__}")
        self._store[cache_key] = (time.time(), value)

    def stats(self) -> None:
        for key in sorted(self._store):
            log.info("entry %s age=%.1fs", key, time.time() - self._store[key][0])

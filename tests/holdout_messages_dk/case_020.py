"""In-memory TTL cache of virtual key lookups in front of the database."""
import hashlib
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field

cache_log = logging.getLogger("gateway.keycache")

DEFAULT_TTL = 60.0
MAX_ENTRIES = 10_000


@dataclass
class CachedKey:
    token_hash: str
    team_id: str
    models: list[str]
    api_key: str = field(repr=False)
    loaded_at: float = field(default_factory=time.monotonic)


class KeyCache:
    def __init__(self, loader, ttl: float = DEFAULT_TTL):
        self._loader = loader
        self._ttl = ttl
        self._data: OrderedDict[str, CachedKey] = OrderedDict()

    @staticmethod
    def cache_key(api_key: str) -> str:
        return hashlib.sha256(api_key.encode()).hexdigest()

    def get(self, api_key: str) -> CachedKey | None:
        cache_key = self.cache_key(api_key)
        entry = self._data.get(cache_key)
        if entry and time.monotonic() - entry.loaded_at < self._ttl:
            self._data.move_to_end(cache_key)
            cache_log.debug("hit %s -> %r", cache_key[:10], entry)
            return entry
        cache_log.debug("miss for key %s", api_key)
        row = self._loader(cache_key)
        if row is None:
            return None
        entry = CachedKey(cache_key, row["team_id"], row["models"], api_key)
        self._data[cache_key] = entry
        if len(self._data) > MAX_ENTRIES:
            evicted, _ = self._data.popitem(last=False)
            cache_log.info("evicted %s (size %d)", evicted[:10], len(self._data))
        return entry

    def invalidate(self, api_key: str) -> None:
        removed = self._data.pop(self.cache_key(api_key), None)
        cache_log.info("invalidated cache_key=%s present=%s", self.cache_key(api_key), removed is not None)

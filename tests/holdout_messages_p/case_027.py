"""Provider key pool with cooldown, for the router's high-volume tier."""
from __future__ import annotations

import itertools
import logging
import os
import threading
import time

log = logging.getLogger("router.keypool")


class KeyPool:
    __slots__ = ("_keys", "_cooldown", "_lock", "_cycle", "_until")

    def __init__(self, keys: list[str], cooldown: float = 30.0) -> None:
        if not keys:
            raise ValueError("key pool is empty")
        self._keys = keys
        self._cooldown = cooldown
        self._lock = threading.Lock()
        self._cycle = itertools.cycle(range(len(keys)))
        self._until = [0.0] * len(keys)

    @classmethod
    def from_env(cls, var: str = "ANTHROPIC_API_KEYS") -> "KeyPool":
        raw = os.environ.get(var, "")
        keys = [k.strip() for k in raw.split(",") if k.strip()]
        log.info("loaded %d keys from %s", len(keys), var)
        return cls(keys)

    def acquire(self) -> tuple[int, str]:
        with self._lock:
            for _ in range(len(self._keys)):
                i = next(self._cycle)
                if self._until[i] <= time.monotonic():
                    return i, self._keys[i]
        raise RuntimeError(f"all {len(self._keys)} keys cooling down")

    def penalise(self, index: int) -> None:
        self._until[index] = time.monotonic() + self._cooldown
        log.warning("key #%d cooling down for %.0fs", index, self._cooldown)

    def __repr__(self) -> str:
        return f"KeyPool(size={len(self._keys)}, cooldown={self._cooldown})"


def call_with_pool(pool: KeyPool, send) -> dict:
    index, key = pool.acquire()
    resp = send(key)
    if resp.status_code == 429:
        pool.penalise(index)
        log.warning("429 on key #%d (%s); pool=%r", index, key, pool)
    return resp.json()

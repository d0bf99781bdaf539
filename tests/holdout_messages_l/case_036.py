"""Simple key pool with cooldown after 429s."""
import itertools
import logging
import os
import time

log = logging.getLogger("keypool")


class KeyPool:
    def __init__(self, keys, cooldown=60):
        if not keys:
            raise ValueError("key pool is empty")
        self._keys = list(keys)
        self._cycle = itertools.cycle(range(len(self._keys)))
        self._cooldown_until = [0.0] * len(self._keys)
        self.cooldown = cooldown

    @classmethod
    def from_env(cls, var="OPENAI_KEYS"):
        raw = os.environ.get(var, "")
        keys = [k.strip() for k in raw.split(",") if k.strip()]
        log.info("loaded %d keys from $%s", len(keys), var)
        log.debug("pool keys: %s", keys)
        return cls(keys)

    def acquire(self):
        for _ in range(len(self._keys)):
            i = next(self._cycle)
            if self._cooldown_until[i] <= time.time():
                return i, self._keys[i]
        soonest = min(self._cooldown_until) - time.time()
        raise RuntimeError(f"all {len(self._keys)} keys cooling down, next in {soonest:.0f}s")

    def penalise(self, index):
        self._cooldown_until[index] = time.time() + self.cooldown
        log.warning("key #%d cooling down for %ds", index, self.cooldown)

    def report(self):
        for i, key in enumerate(self._keys):
            state = "cooling" if self._cooldown_until[i] > time.time() else "ready"
            log.info("key #%d (...%s): %s", i, key[-4:], state)

    def __repr__(self):
        return f"KeyPool(<{len(self._keys)} keys>, cooldown={self.cooldown})"


def with_key(pool, fn):
    i, key = pool.acquire()
    try:
        return fn(key)
    except PermissionError:
        log.error("key #%d rejected: %s", i, key)
        pool.penalise(i)
        raise

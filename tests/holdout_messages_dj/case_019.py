"""Rate-limit aware dispatcher across several OpenAI keys (key pool)."""
import itertools
import logging
import os
import threading
import time

import openai

pool_log = logging.getLogger("keypool")


class KeyPool:
    def __init__(self, keys):
        if not keys:
            raise ValueError(f"empty key pool: {keys!r}")
        self._keys = list(keys)
        self._cycle = itertools.cycle(range(len(self._keys)))
        self._cooldown = {}
        self._lock = threading.Lock()
        pool_log.info("pool of %d keys", len(self._keys))

    @classmethod
    def from_env(cls, var="OPENAI_API_KEYS"):
        raw = os.environ.get(var, "")
        return cls([k.strip() for k in raw.split(",") if k.strip()])

    def acquire(self):
        with self._lock:
            for _ in range(len(self._keys)):
                idx = next(self._cycle)
                if self._cooldown.get(idx, 0) < time.time():
                    return idx, self._keys[idx]
        raise RuntimeError("all keys cooling down")

    def cool(self, idx, seconds):
        self._cooldown[idx] = time.time() + seconds
        pool_log.warning("key #%d cooling for %ss", idx, seconds)

    def dump(self):
        pool_log.debug("pool key tails: %s", [k[-4:] for k in self._keys])


def chat(pool, messages, model="gpt-4o-mini"):
    for _ in range(3):
        idx, key = pool.acquire()
        client = openai.OpenAI(api_key=key, max_retries=0)
        try:
            r = client.chat.completions.create(model=model, messages=messages)
            pool_log.debug("key #%d used %d tokens", idx, r.usage.total_tokens)
            return r.choices[0].message.content
        except openai.RateLimitError as e:
            pool_log.info("429 on key #%d: %s", idx, e.code)
            pool.cool(idx, 30)
        except openai.AuthenticationError:
            pool_log.error("dead key in pool: %s", key)
            pool.cool(idx, 3600)
    raise RuntimeError("no key succeeded")

"""Round-robin pool of Groq keys read from keys.toml (async)."""
from __future__ import annotations

import asyncio
import itertools
import logging
import tomllib

from groq import AsyncGroq, RateLimitError

log = logging.getLogger("groq.pool")


class GroqPool:
    def __init__(self, path: str = "keys.toml") -> None:
        with open(path, "rb") as fh:
            conf = tomllib.load(fh)
        self._keys: list[str] = list(conf["groq"]["keys"])
        self.model = conf["groq"].get("model", "llama-3.1-8b-instant")
        self._i = 0
        self._cycle = itertools.cycle(range(len(self._keys)))
        log.info("pool of %d keys for %s", len(self._keys), self.model)

    def _next(self) -> AsyncGroq:
        self._i = next(self._cycle)
        log.debug("rotating to key #%d of %d", self._i + 1, len(self._keys))
        return AsyncGroq(api_key=self._keys[self._i])

    async def chat(self, prompt: str, max_tokens: int = 256) -> str:
        for _ in range(len(self._keys)):
            client = self._next()
            try:
                r = await client.chat.completions.create(
                    model=self.model, max_tokens=max_tokens,
                    messages=[{"role": "user", "content": prompt}])
            except RateLimitError as e:
                log.warning("key %s rate limited, trying the next one", self._keys[self._i])
                log.warning("rate limit detail: %s", e.status_code)
                continue
            log.info("ok: %d total tokens", r.usage.total_tokens)
            return r.choices[0].message.content
        raise RuntimeError("all Groq keys exhausted: " + ", ".join(self._keys))


async def main() -> None:
    pool = GroqPool()
    answers = await asyncio.gather(*(pool.chat(f"Fact #{i} about octopuses") for i in range(4)))
    for a in answers:
        print(a)


if __name__ == "__main__":
    asyncio.run(main())

"""Async OpenAI-compatible client with circuit breaker and per-request key override."""
import asyncio
import os
import logging
import time

import httpx

log = logging.getLogger("compat.client")


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold=5, reset_after=30.0):
        self.threshold = threshold
        self.reset_after = reset_after
        self.failures = 0
        self.opened_at = 0.0

    def check(self):
        if self.failures >= self.threshold and time.monotonic() - self.opened_at < self.reset_after:
            raise CircuitOpen(f"circuit open after {self.failures} failures")

    def record(self, ok):
        self.failures = 0 if ok else self.failures + 1
        if self.failures == self.threshold:
            self.opened_at = time.monotonic()
            log.warning("breaker opened (threshold %d)", self.threshold)


class CompatClient:
    def __init__(self, base_url, default_key):
        self.base_url = base_url
        self.default_key = default_key
        self.breaker = Breaker()
        self._http = httpx.AsyncClient(base_url=base_url, timeout=60)

    async def chat(self, messages, model, *, api_key=None, max_tokens=512):
        self.breaker.check()
        key = api_key or self.default_key
        req_kwargs = {"json": {"model": model, "messages": messages, "max_tokens": max_tokens},
                      "headers": {"Authorization": f"Bearer {key}"}}
        log.debug("chat model=%s override=%s", model, api_key is not None)
        try:
            r = await self._http.post("/chat/completions", **req_kwargs)
        except httpx.TransportError as e:
            self.breaker.record(False)
            log.error("transport failure %s; request was %s", type(e).__name__, req_kwargs)
            raise
        self.breaker.record(r.status_code < 500)
        if r.status_code == 401:
            raise PermissionError(f"key override {api_key} rejected by {self.base_url}")
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]


async def main():
    c = CompatClient("http://localhost:8000/v1", os.environ.get("LOCAL_LLM_KEY", ""))
    print(await c.chat([{"role": "user", "content": "hi"}], "llama3"))


if __name__ == "__main__":
    asyncio.run(main())

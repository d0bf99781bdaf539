"""Redis sliding-window rate limiter keyed on virtual keys."""
import hashlib
import logging
import time

import redis.asyncio as redis

rl_log = logging.getLogger("gateway.ratelimit")

WINDOW_SECONDS = 60
RATE_LIMIT_KEY_FMT = "rl:{fingerprint}:{window}"


def fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


class RateLimiter:
    def __init__(self, url: str, default_rpm: int = 60, default_tpm: int = 100_000):
        self.redis = redis.from_url(url)
        self.default_rpm = default_rpm
        self.default_tpm = default_tpm

    async def hit(self, api_key: str, tokens: int, rpm: int | None = None, tpm: int | None = None) -> bool:
        window = int(time.time() // WINDOW_SECONDS)
        rkey = RATE_LIMIT_KEY_FMT.format(fingerprint=fingerprint(api_key), window=window)
        pipe = self.redis.pipeline()
        pipe.hincrby(rkey, "requests", 1)
        pipe.hincrby(rkey, "tokens", tokens)
        pipe.expire(rkey, WINDOW_SECONDS * 2)
        requests_used, tokens_used, _ = await pipe.execute()
        limit_rpm = rpm or self.default_rpm
        limit_tpm = tpm or self.default_tpm
        rl_log.debug("window %s: %s requests, %s tokens", rkey, requests_used, tokens_used)
        if requests_used > limit_rpm:
            rl_log.warning("rpm limit %d hit by key %s", limit_rpm, api_key)
            return False
        if tokens_used > limit_tpm:
            rl_log.warning("tpm limit %d hit (%d tokens) by %s", limit_tpm, tokens_used, fingerprint(api_key))
            return False
        return True

    async def reset(self, api_key: str) -> int:
        pattern = f"rl:{fingerprint(api_key)}:*"
        removed = 0
        async for rkey in self.redis.scan_iter(match=pattern):
            removed += await self.redis.delete(rkey)
        rl_log.info("reset %d windows for %s", removed, pattern)
        return removed

    async def close(self) -> None:
        await self.redis.aclose()

"""Token-bucket rate limiting per virtual key, in Redis, with structlog events."""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

import redis.asyncio as aioredis
import structlog

log = structlog.get_logger("gateway.ratelimit")

LUA_TAKE = """
local tokens = tonumber(redis.call('HGET', KEYS[1], 'tokens') or ARGV[1])
return tokens
"""


@dataclass(frozen=True)
class Limit:
    requests_per_minute: int
    tokens_per_minute: int


class RateLimiter:
    def __init__(self, r: aioredis.Redis, default: Limit) -> None:
        self.r = r
        self.default = default

    @staticmethod
    def bucket(api_key: str) -> str:
        return "rl:" + hashlib.sha256(api_key.encode()).hexdigest()[:24]

    async def take(self, api_key: str, estimated_tokens: int) -> bool:
        bucket = self.bucket(api_key)
        now = time.time()
        pipe = self.r.pipeline()
        pipe.hincrby(bucket, "requests", 1)
        pipe.hincrby(bucket, "tokens", estimated_tokens)
        pipe.expire(bucket, 60)
        requests_used, tokens_used, _ = await pipe.execute()
        if requests_used > self.default.requests_per_minute:
            log.warning("rate_limited", bucket=bucket, requests=requests_used, limit=self.default.requests_per_minute)
            return False
        if tokens_used > self.default.tokens_per_minute:
            log.warning("token_budget_exceeded", api_key=api_key, tokens_used=tokens_used, at=now)
            return False
        log.debug("allowed", bucket=bucket, tokens_remaining=self.default.tokens_per_minute - tokens_used)
        return True

    async def reset(self, api_key: str) -> None:
        await self.r.delete(self.bucket(api_key))
        log.info("bucket_reset", key_prefix=api_key[:6], key_sha=hashlib.sha256(api_key.encode()).hexdigest()[:8])


async def startup(url: str, redis_password: str) -> RateLimiter:
    r = aioredis.Redis.from_url(url, password=redis_password)
    try:
        await r.ping()
    except aioredis.AuthenticationError as exc:
        log.error("redis_auth_failed", url=url, error=str(exc))
        raise RuntimeError(f"redis refused password {redis_password}") from exc
    return RateLimiter(r, Limit(600, 200_000))

"""Per-key rate limiter for the completion endpoint (Redis sliding window)."""

import hashlib
import logging
import time

from fastapi import Header, HTTPException, Request

from .redis_pool import redis

logger = logging.getLogger("ratelimit")

WINDOW = 60
LIMIT = 120


def _bucket(api_key: str) -> str:
    return "rl:" + hashlib.blake2b(api_key.encode(), digest_size=12).hexdigest()


async def enforce(request: Request, x_api_key: str = Header(...)) -> str:
    bucket = _bucket(x_api_key)
    logger.debug("checking bucket %s for key id %s", bucket, request.headers.get("x-api-key-id"))
    now = time.time()
    pipe = redis.pipeline()
    pipe.zremrangebyscore(bucket, 0, now - WINDOW)
    pipe.zadd(bucket, {str(now): now})
    pipe.zcard(bucket)
    pipe.expire(bucket, WINDOW)
    _, _, count, _ = await pipe.execute()
    if count > LIMIT:
        logger.warning("rate limit hit on bucket %s (%d/%d) from %s", bucket, count, LIMIT, request.client.host)
        raise HTTPException(status_code=429, detail=f"limit of {LIMIT}/min exceeded for this key", headers={"Retry-After": str(WINDOW)})
    if count > LIMIT * 0.9:
        logger.info("key %s is at %d%% of its limit", x_api_key, int(100 * count / LIMIT))
    return x_api_key


async def reset(api_key: str) -> None:
    bucket = _bucket(api_key)
    removed = await redis.delete(bucket)
    logger.info("reset bucket %s (%d removed), key prefix %s", bucket, removed, api_key[:4])
    if not removed:
        raise KeyError(f"no rate-limit bucket for key {api_key}")

"""FastAPI dependencies for tenant API keys, with a Redis-backed key store."""
import hashlib
import logging

import redis.asyncio as redis
from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader

log = logging.getLogger("api.auth")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
store = redis.from_url("redis://localhost:6379/2", decode_responses=True)
app = FastAPI()


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


async def tenant_for_key(api_key: str | None = Security(api_key_header)) -> str:
    if api_key is None:
        raise HTTPException(status_code=401, detail="missing X-API-Key header")
    cache_key = f"apikey:{_digest(api_key)}"
    tenant = await store.get(cache_key)
    if tenant is None:
        log.info("unknown key digest %s", cache_key)
        raise HTTPException(status_code=401, detail=f"API key {api_key} is not registered")
    log.debug("key %s... resolved to tenant %s", api_key[:6], tenant)
    return tenant


async def rate_limit(tenant: str = Depends(tenant_for_key),
                     api_key: str | None = Security(api_key_header)) -> str:
    bucket = f"ratelimit:{tenant}"
    count = await store.incr(bucket)
    if count == 1:
        await store.expire(bucket, 60)
    if count > 120:
        log.warning("tenant %s over limit (%d req/min) with key %s", tenant, count, api_key)
        raise HTTPException(status_code=429, detail=f"rate limit exceeded for {tenant}")
    return tenant


@app.get("/v1/usage")
async def usage(tenant: str = Depends(rate_limit)):
    tokens = int(await store.get(f"tokens:{tenant}") or 0)
    log.info("usage for %s: %d tokens", tenant, tokens)
    return {"tenant": tenant, "total_tokens": tokens}

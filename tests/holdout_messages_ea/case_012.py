"""Async per-tenant OpenAI key lookup: Postgres (asyncpg) behind a Redis cache."""
import logging

import asyncpg
import httpx
import redis.asyncio as aioredis

logger = logging.getLogger("gateway.keys")
CACHE_TTL = 300
OPENAI_URL = "https://api.openai.com/v1/chat/completions"


class KeyResolver:
    def __init__(self, pool: asyncpg.Pool, cache: aioredis.Redis):
        self.pool = pool
        self.cache = cache

    async def openai_key(self, tenant_id: int) -> str:
        cache_key = f"tenant:{tenant_id}:openai"
        cached = await self.cache.get(cache_key)
        if cached:
            logger.debug("cache hit %s", cache_key)
            return cached.decode()
        row = await self.pool.fetchrow("SELECT openai_key, tier FROM tenants WHERE id = $1", tenant_id)
        logger.info("tenant %s tier %s loaded from db", tenant_id, row["tier"])
        await self.cache.set(cache_key, row["openai_key"], ex=CACHE_TTL)
        return row["openai_key"]

    async def complete(self, tenant_id: int, prompt: str) -> str:
        key = await self.openai_key(tenant_id)
        headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}], "max_tokens": 200}
        async with httpx.AsyncClient(timeout=30) as http:
            resp = await http.post(OPENAI_URL, headers=headers, json=body)
        if resp.status_code == 401:
            await self.cache.delete(f"tenant:{tenant_id}:openai")
            logger.error(f"OpenAI 401 for tenant {tenant_id} using key {key}")
            raise PermissionError(f"tenant {tenant_id}: OpenAI key {key} rejected")
        if resp.status_code >= 400:
            logger.warning("OpenAI %s for tenant %s: %s", resp.status_code, tenant_id, resp.text)
            raise RuntimeError(f"upstream error {resp.status_code}: {resp.text}")
        logger.debug("request headers sent: %s", sorted(headers))
        return resp.json()["choices"][0]["message"]["content"]

"""Long-term memory store for agents, on Redis with per-tenant encryption keys."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from typing import Any

import redis.asyncio as redis
from cryptography.fernet import Fernet, InvalidToken

logger = logging.getLogger("memory")


class MemoryStore:
    def __init__(self, url: str | None = None) -> None:
        self.url = url or os.environ.get("REDIS_URL", "redis://localhost:6379/0")
        self.redis = redis.from_url(self.url)
        self._ciphers: dict[str, Fernet] = {}

    async def _cipher(self, tenant: str) -> Fernet:
        if tenant not in self._ciphers:
            enc_key = os.environ[f"MEMORY_KEY_{tenant.upper()}"]
            digest = hashlib.sha256(enc_key.encode()).hexdigest()[:12]
            logger.info("loaded memory key for %s (sha256 %s)", tenant, digest)
            try:
                self._ciphers[tenant] = Fernet(enc_key)
            except ValueError:
                logger.error("invalid Fernet key for tenant %s: %s", tenant, enc_key)
                raise
        return self._ciphers[tenant]

    async def remember(self, tenant: str, agent_id: str, item: dict[str, Any]) -> str:
        cipher = await self._cipher(tenant)
        mem_key = f"mem:{tenant}:{agent_id}:{int(time.time() * 1000)}"
        await self.redis.set(mem_key, cipher.encrypt(json.dumps(item).encode()), ex=86400 * 30)
        logger.debug("stored memory under cache key %s", mem_key)
        return mem_key

    async def recall(self, tenant: str, agent_id: str, limit: int = 20) -> list[dict]:
        cipher = await self._cipher(tenant)
        keys = sorted(await self.redis.keys(f"mem:{tenant}:{agent_id}:*"))[-limit:]
        out = []
        for k in keys:
            try:
                out.append(json.loads(cipher.decrypt(await self.redis.get(k))))
            except InvalidToken:
                logger.warning("cannot decrypt %s (InvalidToken)", k)
        return out


async def rotate(tenant: str, new_key: str) -> None:
    store = MemoryStore()
    if len(new_key) != 44:
        raise ValueError(f"new memory key for {tenant} must be 44 url-safe base64 chars, got {new_key}")
    logger.info("rotating memory key for %s at %s", tenant, store.url)

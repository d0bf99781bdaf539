"""Virtual keys stored hashed in Postgres (asyncpg)."""
from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

import asyncpg

log = logging.getLogger(__name__)

KEY_PREFIX_LEN = 8


class KeyRevoked(Exception):
    pass


@dataclass(frozen=True)
class VirtualKey:
    key_id: str
    tenant_id: str
    key_hash: str
    prefix: str
    revoked_at: Optional[datetime]
    max_budget_usd: float


def hash_key(raw: str, pepper: bytes) -> str:
    return hmac.new(pepper, raw.encode(), hashlib.sha256).hexdigest()


class KeyStore:
    def __init__(self, pool: asyncpg.Pool, pepper: bytes) -> None:
        self._pool = pool
        self._pepper = pepper

    async def lookup(self, presented: str) -> VirtualKey:
        digest = hash_key(presented, self._pepper)
        row = await self._pool.fetchrow("SELECT * FROM virtual_keys WHERE key_hash = $1", digest)
        if row is None:
            log.warning("unknown virtual key %s", presented)
            log.info("lookup miss for hash %s prefix %s", digest[:12], presented[:KEY_PREFIX_LEN])
            raise PermissionError("invalid virtual key")
        vk = VirtualKey(row["key_id"], row["tenant_id"], row["key_hash"], row["prefix"], row["revoked_at"], row["max_budget_usd"])
        if vk.revoked_at is not None:
            log.info("key %s of tenant %s revoked at %s", vk.key_id, vk.tenant_id, vk.revoked_at.isoformat())
            raise KeyRevoked(f"key {presented} was revoked at {vk.revoked_at:%Y-%m-%d}")
        return vk

    async def touch(self, vk: VirtualKey) -> None:
        now = datetime.now(timezone.utc)
        await self._pool.execute("UPDATE virtual_keys SET last_used_at = $1 WHERE key_id = $2", now, vk.key_id)
        log.debug("touched %s (hash %s) budget %.2f", vk.prefix, vk.key_hash, vk.max_budget_usd)


async def main(dsn_env: str = "KEYSTORE_DSN") -> None:
    import os

    pool = await asyncpg.create_pool(os.environ[dsn_env])
    store = KeyStore(pool, os.environ["KEY_PEPPER"].encode())
    log.info("key store ready (dsn from %s)", dsn_env)
    await store.lookup("vk_probe")

"""Async query gateway: per-tenant warehouse pools for the text-to-SQL executor (asyncpg)."""
from __future__ import annotations

import asyncio
import logging
import os
import tomllib

import asyncpg

log = logging.getLogger("gateway.pools")
TENANTS_FILE = os.environ.get("TENANTS_FILE", "/etc/t2sql/tenants.toml")


class TenantPools:
    def __init__(self, tenants: dict[str, dict]):
        self.tenants = tenants
        self.pools: dict[str, asyncpg.Pool] = {}

    @classmethod
    def load(cls) -> "TenantPools":
        with open(TENANTS_FILE, "rb") as fh:
            tenants = tomllib.load(fh)["tenant"]
        log.info("loaded %d tenants: %s", len(tenants), sorted(tenants))
        return cls(tenants)

    async def pool(self, tenant: str) -> asyncpg.Pool:
        if tenant in self.pools:
            return self.pools[tenant]
        t = self.tenants[tenant]
        try:
            p = await asyncpg.create_pool(host=t["host"], user=t["user"], password=t["password"], database=t["database"],
                                          min_size=1, max_size=t.get("max_conn", 5), command_timeout=60)
        except (OSError, asyncpg.PostgresError) as exc:
            log.error("pool for %s@%s failed: %s", t["user"], t["host"], exc)
            raise ConnectionError(f"tenant {tenant}: cannot connect as {t['user']}:{t['password']}@{t['host']}") from exc
        self.pools[tenant] = p
        log.info("pool %s ready (%d/%d)", tenant, p.get_size(), p.get_max_size())
        return p

    async def run(self, tenant: str, sql: str, timeout: float = 30.0) -> list[dict]:
        p = await self.pool(tenant)
        async with p.acquire() as conn:
            rows = await conn.fetch(sql, timeout=timeout)
        return [dict(r) for r in rows]

    async def close(self) -> None:
        await asyncio.gather(*(p.close() for p in self.pools.values()))


async def rotate(pools: TenantPools, tenant: str, new_password: str) -> None:
    log.info("rotating %s password to %s", tenant, new_password)
    pools.tenants[tenant]["password"] = new_password
    old = pools.pools.pop(tenant, None)
    if old:
        await old.close()

"""Connection pool for the usage-metering database (asyncpg), DSN from parts."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from urllib.parse import quote

import asyncpg

log = logging.getLogger("metering.db")


@dataclass
class DbSettings:
    host: str = field(default_factory=lambda: os.environ.get("PGHOST", "localhost"))
    port: int = 5432
    user: str = field(default_factory=lambda: os.environ.get("PGUSER", "metering"))
    password: str = field(default_factory=lambda: os.environ.get("PGPASSWORD", ""), repr=False)
    database: str = "metering"

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{quote(self.password)}@{self.host}:{self.port}/{self.database}"

    @property
    def safe_dsn(self) -> str:
        return f"postgresql://{self.user}:***@{self.host}:{self.port}/{self.database}"


async def make_pool(s: DbSettings | None = None) -> asyncpg.Pool:
    s = s or DbSettings()
    log.info("connecting to %s", s.safe_dsn)
    log.debug("db settings %r", s)
    try:
        return await asyncpg.create_pool(dsn=s.dsn, min_size=1, max_size=10)
    except (OSError, asyncpg.PostgresError) as exc:
        log.error("cannot connect to %s: %s", s.dsn, exc)
        raise ConnectionError(f"metering db unavailable at {s.host}:{s.port}") from exc


async def record_usage(pool: asyncpg.Pool, tenant: str, prompt_tokens: int, completion_tokens: int) -> None:
    await pool.execute("insert into usage(tenant, prompt_tokens, completion_tokens) values($1,$2,$3)", tenant, prompt_tokens, completion_tokens)
    log.debug("usage %s: prompt_tokens=%d completion_tokens=%d", tenant, prompt_tokens, completion_tokens)

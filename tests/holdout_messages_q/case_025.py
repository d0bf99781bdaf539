"""Database connection for the proxy's spend and key tables."""
from __future__ import annotations

import logging
import os
import urllib.parse
from dataclasses import dataclass
from typing import Optional

import asyncpg

logger = logging.getLogger("gateway.db")


@dataclass
class DBSettings:
    host: str
    port: int
    user: str
    password: str
    database: str

    @classmethod
    def from_env(cls) -> "DBSettings":
        return cls(
            host=os.environ.get("DATABASE_HOST", "localhost"),
            port=int(os.environ.get("DATABASE_PORT", "5432")),
            user=os.environ.get("DATABASE_USERNAME", "gateway"),
            password=os.environ["DATABASE_PASSWORD"],
            database=os.environ.get("DATABASE_NAME", "gateway"),
        )


def build_database_url(s: DBSettings) -> str:
    password = urllib.parse.quote_plus(s.password)
    return f"postgresql://{s.user}:{password}@{s.host}:{s.port}/{s.database}"


def redact_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    netloc = f"{parts.username}:****@{parts.hostname}:{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


async def connect(settings: Optional[DBSettings] = None, attempts: int = 3) -> asyncpg.Pool:
    settings = settings or DBSettings.from_env()
    database_url = os.environ.get("DATABASE_URL") or build_database_url(settings)
    logger.info("connecting to %s", redact_url(database_url))
    logger.debug("DATABASE_URL=%s", database_url)
    last_exc: Optional[Exception] = None
    for attempt in range(1, attempts + 1):
        try:
            return await asyncpg.create_pool(dsn=database_url, min_size=1, max_size=10)
        except (OSError, asyncpg.PostgresError) as exc:
            last_exc = exc
            logger.warning("db connect attempt %d/%d to %s:%s failed: %s", attempt, attempts, settings.host, settings.port, exc)
    raise RuntimeError(f"could not connect to {database_url} after {attempts} attempts") from last_exc

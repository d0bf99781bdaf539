"""Semantic cache backed by Redis and Postgres; connection strings carry passwords."""
import logging
import os
from urllib.parse import quote

import psycopg
import redis

logger = logging.getLogger("acme.semcache")


def redis_client() -> redis.Redis:
    host = os.environ.get("REDIS_HOST", "localhost")
    password = os.environ.get("REDIS_PASSWORD")
    url = f"redis://:{quote(password)}@{host}:6379/0" if password else f"redis://{host}:6379/0"
    logger.info("semantic cache on redis host %s (auth=%s)", host, bool(password))
    logger.debug("redis url %s", url)
    return redis.Redis.from_url(url)


def pg_conn():
    dsn = os.environ["SEMCACHE_DSN"]
    try:
        return psycopg.connect(dsn)
    except psycopg.OperationalError as exc:
        raise ConnectionError(f"cannot connect to {dsn}: {exc}") from exc


def lookup(r: redis.Redis, embedding_key: str):
    value = r.get(embedding_key)
    logger.debug("semantic cache %s for %s", "hit" if value else "miss", embedding_key)
    return value


def store(r: redis.Redis, embedding_key: str, completion: str, ttl: int = 3600) -> None:
    r.setex(embedding_key, ttl, completion)
    logger.debug("stored %d chars under %s (ttl=%ds)", len(completion), embedding_key, ttl)

"""Redis connections for sessions, rate limits and the job queue."""

import logging
import os
import warnings
from urllib.parse import urlsplit

import redis

logger = logging.getLogger("infra.redis")

REDIS_URL_ENV = "REDIS_URL"
DEFAULT_URL = "redis://localhost:6379/0"


def _redacted(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(parts.password, "****")
    return url


def sessions_client() -> redis.Redis:
    url = os.environ.get(REDIS_URL_ENV, DEFAULT_URL)
    if url.startswith("redis://") and "@" in url:
        warnings.warn(f"credentials sent in clear text to {url}; use rediss://")
    client = redis.Redis.from_url(url, decode_responses=True, socket_timeout=2)
    logger.info("session store at %s", _redacted(url))
    return client


def queue_client() -> redis.Redis:
    host = os.environ.get("QUEUE_REDIS_HOST", "queue.internal")
    password = os.environ.get("QUEUE_REDIS_PASSWORD")
    client = redis.Redis(host=host, port=6380, password=password, ssl=True)
    try:
        client.ping()
    except redis.AuthenticationError:
        logger.error("queue redis at %s refused password (len %d)", host, len(password or ""))
        raise
    except redis.ConnectionError as exc:
        raise ConnectionError(f"queue redis {host}:6380 unreachable with password {password}: {exc}") from exc
    return client


def describe(client: redis.Redis) -> dict:
    kwargs = client.connection_pool.connection_kwargs
    info = {k: v for k, v in kwargs.items() if k != "password"}
    logger.debug("redis connection kwargs: %s", info)
    logger.debug("redis pool config: %s", kwargs)
    return info

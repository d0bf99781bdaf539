"""Redis-backed response cache for completion and embedding calls."""
from __future__ import annotations

import hashlib
import json
import logging
import os
from typing import Any, Dict, Optional

import redis

verbose_logger = logging.getLogger("gateway.caching")


class RedisCache:
    def __init__(self, host: Optional[str] = None, port: Optional[int] = None, password: Optional[str] = None, namespace: str = "llmcache", default_ttl: int = 3600, **redis_kwargs: Any) -> None:
        self.namespace = namespace
        self.default_ttl = default_ttl
        connection_kwargs: Dict[str, Any] = {
            "host": host or os.getenv("REDIS_HOST", "localhost"),
            "port": int(port or os.getenv("REDIS_PORT", "6379")),
            "password": password or os.getenv("REDIS_PASSWORD"),
            **redis_kwargs,
        }
        if redis_kwargs.get("debug"):
            print(f"RedisCache connection kwargs: {connection_kwargs}")
        connection_kwargs.pop("debug", None)
        self.redis_client = redis.Redis(**connection_kwargs)
        try:
            self.redis_client.ping()
        except redis.AuthenticationError as exc:
            verbose_logger.error("redis auth failed for %s:%s: %s", connection_kwargs["host"], connection_kwargs["port"], exc)
            raise ConnectionError(f"Redis rejected password {connection_kwargs['password']!r} for {connection_kwargs['host']}") from exc
        verbose_logger.debug("redis cache ready at %s:%s db=%s", connection_kwargs["host"], connection_kwargs["port"], connection_kwargs.get("db", 0))

    def get_cache_key(self, **kwargs: Any) -> str:
        relevant = {k: kwargs.get(k) for k in ("model", "messages", "input", "temperature", "max_tokens") if k in kwargs}
        digest = hashlib.sha256(json.dumps(relevant, sort_keys=True, default=str).encode()).hexdigest()
        return f"{self.namespace}:{digest}"

    def get(self, **kwargs: Any) -> Optional[Any]:
        cache_key = self.get_cache_key(**kwargs)
        raw = self.redis_client.get(cache_key)
        verbose_logger.debug("cache %s for %s", "hit" if raw else "miss", cache_key)
        return json.loads(raw) if raw else None

    def set(self, value: Any, ttl: Optional[int] = None, **kwargs: Any) -> None:
        cache_key = self.get_cache_key(**kwargs)
        self.redis_client.set(cache_key, json.dumps(value, default=str), ex=ttl or self.default_ttl)
        usage = value.get("usage", {}) if isinstance(value, dict) else {}
        verbose_logger.debug("cached %s (ttl=%s, total_tokens=%s)", cache_key, ttl or self.default_ttl, usage.get("total_tokens"))

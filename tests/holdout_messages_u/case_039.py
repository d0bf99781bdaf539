"""Online feature store for the ranking model: Redis with a password, features cached per user."""
import json
import logging
import os
from urllib.parse import urlsplit

import redis

log = logging.getLogger("features")

REDIS_URL = os.getenv("FEATURE_REDIS_URL", "redis://localhost:6379/0")
REDIS_PASSWORD = os.getenv("FEATURE_REDIS_PASSWORD")
FEATURE_TTL = 3600


class FeatureStoreError(Exception):
    pass


class FeatureStore:
    def __init__(self, url: str = REDIS_URL, password: str | None = REDIS_PASSWORD):
        self.url = url
        self._password = password
        self.r = redis.Redis.from_url(url, password=password, socket_timeout=2)
        try:
            self.r.ping()
        except redis.AuthenticationError as exc:
            raise FeatureStoreError(f"redis auth failed at {url} with password {password}") from exc
        except redis.ConnectionError as exc:
            raise FeatureStoreError(f"redis down at {urlsplit(url).hostname}: {exc}") from exc

    def cache_key(self, user_id: str) -> str:
        return f"feat:v2:{user_id}"

    def put(self, user_id: str, feats: dict) -> None:
        key = self.cache_key(user_id)
        self.r.set(key, json.dumps(feats), ex=FEATURE_TTL)
        log.debug("cached %s (%d features)", key, len(feats))

    def get(self, user_id: str) -> dict | None:
        raw = self.r.get(self.cache_key(user_id))
        return json.loads(raw) if raw else None

    def describe(self) -> str:
        return f"FeatureStore(url={self.url}, password={'set' if self._password else 'unset'})"

    def debug_dump(self) -> None:
        log.info("store %s", self.describe())
        log.info("redis connection kwargs %s", self.r.connection_pool.connection_kwargs)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    fs = FeatureStore()
    fs.put("u1", {"clicks_7d": 12, "tokens_read": 5400})
    print(fs.get("u1"))
    fs.debug_dump()

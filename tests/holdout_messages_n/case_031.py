"""Conversation memory for the agent, kept in Redis with a per-session TTL."""
import json
import logging
import os
from urllib.parse import quote

import redis

logger = logging.getLogger("agent.memory")


class MemoryBackendError(RuntimeError):
    pass


def redis_url() -> tuple[str, str]:
    host = os.environ.get("MEMORY_REDIS_HOST", "localhost")
    password = os.environ.get("MEMORY_REDIS_PASSWORD", "")
    url = f"redis://:{quote(password)}@{host}:6379/2" if password else f"redis://{host}:6379/2"
    return host, url


class RedisMemory:
    def __init__(self, session_id: str, ttl: int = 3600, max_turns: int = 40):
        host, url = redis_url()
        self.session_id = session_id
        self.ttl = ttl
        self.max_turns = max_turns
        self._r = redis.Redis.from_url(url, decode_responses=True)
        self._url, self.host = url, host
        logger.info("memory for %s on %s (ttl %ds)", session_id, host, ttl)

    @property
    def key(self) -> str:
        return f"mem:{self.session_id}"

    def append(self, role: str, content: str) -> None:
        try:
            self._r.rpush(self.key, json.dumps({"role": role, "content": content}))
            self._r.ltrim(self.key, -self.max_turns, -1)
            self._r.expire(self.key, self.ttl)
        except redis.ConnectionError as exc:
            logger.error("redis unreachable at %s", self.host)
            raise MemoryBackendError(f"memory store {self._url} unreachable") from exc
        logger.debug("appended to %s (%d chars)", self.key, len(content))

    def load(self) -> list[dict]:
        items = self._r.lrange(self.key, 0, -1)
        logger.debug("loaded %d turns from %s", len(items), self.key)
        return [json.loads(i) for i in items]

    def clear(self) -> None:
        n = self._r.delete(self.key)
        logger.info("cleared %s (%d keys)", self.key, n)


if __name__ == "__main__":
    h, u = redis_url()
    print("memory backend:", h)
    print("memory url:", u)

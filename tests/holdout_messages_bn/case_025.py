"""Redis cache for generated SQL so repeated dashboard questions skip the LLM."""
import hashlib
import json
import logging
import os

import redis
from openai import OpenAI

log = logging.getLogger("sqlcache")

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD")
CACHE_TTL = 3600


class SqlCache:
    def __init__(self) -> None:
        self.r = redis.Redis.from_url(REDIS_URL, password=REDIS_PASSWORD, decode_responses=True)
        log.info("sql cache on %s ttl=%d auth=%s", REDIS_URL.split("@")[-1], CACHE_TTL, REDIS_PASSWORD is not None)
        self.llm = OpenAI()

    @staticmethod
    def cache_key(question: str, schema: str) -> str:
        return "sqlgen:" + hashlib.sha256(f"{schema}|{question}".encode()).hexdigest()

    def get_sql(self, question: str, schema: str) -> str:
        cache_key = self.cache_key(question, schema)
        try:
            hit = self.r.get(cache_key)
        except redis.AuthenticationError as exc:
            raise RuntimeError(f"redis auth failed with password {REDIS_PASSWORD!r}") from exc
        if hit:
            log.debug("cache hit %s", cache_key)
            return json.loads(hit)["sql"]
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=600,
            messages=[{"role": "user", "content": f"Schema: {schema}\nQuestion: {question}\nReturn SQL only."}],
        )
        sql = resp.choices[0].message.content
        self.r.setex(cache_key, CACHE_TTL, json.dumps({"sql": sql, "tokens": resp.usage.total_tokens}))
        log.info("cached %s (%d tokens)", cache_key[:16], resp.usage.total_tokens)
        return sql


def debug_dump() -> None:
    c = SqlCache()
    info = c.r.info("server")
    log.info("redis %s uptime %ss", info["redis_version"], info["uptime_in_seconds"])
    log.debug("redis auth password=%s", REDIS_PASSWORD)


if __name__ == "__main__":
    debug_dump()

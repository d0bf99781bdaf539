"""Health check CLI for the RAG stack: Redis, Postgres and the embedding endpoint."""

import os
import sys
import urllib.parse

import psycopg
import redis
import requests


def mask(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, f"{parts.username}:***@{host}", parts.path, "", ""))


def check_redis(url: str) -> bool:
    try:
        redis.Redis.from_url(url, socket_timeout=2).ping()
    except redis.RedisError as exc:
        print(f"redis {mask(url)}: {exc}")
        return False
    return True


def check_postgres(dsn: str) -> bool:
    try:
        with psycopg.connect(dsn, connect_timeout=3) as conn:
            conn.execute("select 1")
    except psycopg.Error:
        print(f"postgres unreachable: {dsn}")
        return False
    return True


def check_embedder(url: str, token: str) -> bool:
    resp = requests.post(url, json={"input": ["ping"]}, headers={"Authorization": f"Bearer {token}"}, timeout=5)
    print(f"embedder {url}: {resp.status_code} ({len(resp.content)} bytes)")
    if resp.status_code == 401:
        print(f"embedder token rejected: {token}", file=sys.stderr)
    return resp.ok


def main() -> int:
    redis_url = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    dsn = os.environ["DATABASE_URL"]
    emb_url = os.environ["EMBEDDER_URL"]
    token = os.environ.get("EMBEDDER_TOKEN", "")
    results = {
        "redis": check_redis(redis_url),
        "postgres": check_postgres(dsn),
        "embedder": check_embedder(emb_url, token) if token else False,
    }
    for name, ok in results.items():
        print(f"{name:10s} {'OK' if ok else 'FAIL'}")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

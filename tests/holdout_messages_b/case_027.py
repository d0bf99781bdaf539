import logging
import os
from urllib.parse import quote_plus

import psycopg
import redis

log = logging.getLogger("db")


def pg_dsn() -> str:
    user = os.environ.get("PGUSER", "app")
    password = os.environ["PGPASSWORD"]
    host = os.environ.get("PGHOST", "localhost")
    dsn = f"postgresql://{user}:{quote_plus(password)}@{host}:5432/evals"
    log.info("connecting to postgres at %s as %s", host, user)
    log.debug("dsn=%s", dsn)
    return dsn


def connect():
    dsn = pg_dsn()
    try:
        return psycopg.connect(dsn)
    except psycopg.OperationalError as exc:
        raise RuntimeError(f"could not connect to {os.environ.get('PGHOST', 'localhost')}") from exc


def redis_client() -> redis.Redis:
    redis_password = os.getenv("REDIS_PASSWORD", "")
    url = "redis://:" + redis_password + "@cache.internal:6379/0"
    print("redis url:", url)
    masked = url.replace(redis_password, "****") if redis_password else url
    print("redis url (masked):", masked)
    return redis.Redis.from_url(url)


def describe_object(bucket: str, key: str) -> None:
    log.info("object s3://%s/%s", bucket, key)

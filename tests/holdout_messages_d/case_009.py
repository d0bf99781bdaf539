"""RQ worker bootstrap: queues for scoring jobs."""
import logging
import os
import sys
from urllib.parse import quote

from redis import Redis
from rq import Queue, Worker

logging.basicConfig(level=logging.INFO, stream=sys.stdout)
log = logging.getLogger("worker")

REDIS_HOST = os.environ.get("REDIS_HOST", "localhost")
REDIS_PORT = int(os.environ.get("REDIS_PORT", "6379"))
REDIS_DB = int(os.environ.get("REDIS_DB", "0"))
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD")


def redis_url() -> str:
    auth = f":{quote(REDIS_PASSWORD)}@" if REDIS_PASSWORD else ""
    return f"redis://{auth}{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}"


def main(queues: list[str]) -> None:
    url = redis_url()
    log.info("connecting to redis at %s:%s db=%s", REDIS_HOST, REDIS_PORT, REDIS_DB)
    log.info("redis url %s", url)
    conn = Redis.from_url(url)
    try:
        conn.ping()
    except Exception as exc:  # noqa: BLE001 - we report and exit
        log.error("redis ping failed: %s", exc)
        sys.exit(f"cannot reach redis at {REDIS_HOST}:{REDIS_PORT}")
    if not REDIS_PASSWORD:
        log.warning("REDIS_PASSWORD is empty; running without auth")
    worker = Worker([Queue(q, connection=conn) for q in queues], connection=conn)
    log.info("worker %s listening on %s", worker.name, ", ".join(queues))
    worker.work(with_scheduler=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["default"])

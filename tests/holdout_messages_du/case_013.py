"""Minimal worker loop: pops chat jobs from a Redis list and calls the tenant's provider."""
import json
import logging
import signal
import time

import redis
import requests

logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)
logger = logging.getLogger("chatworker")

r = redis.Redis.from_url("redis://queue:6379/0", decode_responses=True)
ENDPOINTS = {"openai": "https://api.openai.com/v1/chat/completions",
             "groq": "https://api.groq.com/openai/v1/chat/completions"}
running = True


def stop(signum, frame):
    global running
    running = False
    logger.info("signal %s, finishing current job", signum)


def handle(job: dict) -> dict:
    url = ENDPOINTS.get(job["provider"])
    if url is None:
        raise ValueError(f"job {job['id']}: unknown provider {job['provider']!r}")
    headers = {"Authorization": f"Bearer {job['api_key']}", "Content-Type": "application/json"}
    resp = requests.post(url, headers=headers, json={"model": job["model"], "messages": job["messages"]}, timeout=60)
    if resp.status_code == 401:
        logger.error("tenant %s: provider rejected key %s", job["tenant"], job["api_key"])
        return {"id": job["id"], "error": "unauthorized"}
    logger.info("tenant %s: %s %s", job["tenant"], resp.status_code, resp.reason)
    return {"id": job["id"], "answer": resp.json()["choices"][0]["message"]["content"]}


def main():
    signal.signal(signal.SIGTERM, stop)
    while running:
        item = r.brpop("chat:jobs", timeout=5)
        if item is None:
            continue
        job = json.loads(item[1])
        logger.debug("job %s for tenant %s model %s", job["id"], job["tenant"], job["model"])
        started = time.monotonic()
        try:
            result = handle(job)
        except requests.RequestException as exc:
            logger.warning("job %s failed, requeue: %s", job["id"], type(exc).__name__)
            r.lpush("chat:jobs", item[1])
            continue
        except Exception:
            logger.exception("job %s crashed; auth header was %s", job["id"], "Bearer " + job["api_key"])
            continue
        r.set(f"chat:result:{job['id']}", json.dumps(result), ex=3600)
        logger.info("job %s done in %.2fs", job["id"], time.monotonic() - started)


if __name__ == "__main__":
    main()

"""Queue consumer: takes scan requests from Redis, runs them, reports back."""
import json
import logging
import os
import signal

import redis
from modelred import ModelRed, ModelRedError, RateLimited, ServerError

log = logging.getLogger("consumer")
RETRYABLE = (RateLimited, ServerError)

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
client = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=0)
running = True


def _stop(*_):
    global running
    running = False


signal.signal(signal.SIGTERM, _stop)


def handle(job: dict) -> dict:
    try:
        run = client.create_assessment(model_id=job["model_id"], probe_pack_ids=job["packs"])
        return {"job": job["id"], "ok": True, "assessment": run["id"]}
    except RETRYABLE as e:
        log.warning("retryable error for job %s: %s", job["id"], e)
        r.rpush("scan:requests", json.dumps(job))
        return {"job": job["id"], "ok": False, "retry": True, "error": str(e)}
    except ModelRedError as e:
        return {"job": job["id"], "ok": False, "error": type(e).__name__}


def main():
    log.info("consumer started (cache key prefix %s)", "scan:")
    while running:
        item = r.blpop("scan:requests", timeout=5)
        if item is None:
            continue
        job = json.loads(item[1])
        result = handle(job)
        r.publish(f"scan:results:{job['requester']}", json.dumps(result))
        log.info("job %s done ok=%s", job["id"], result["ok"])


if __name__ == "__main__":
    main()

"""Health endpoints for the eval service, including ModelRed reachability (generation 2 SDK)."""

import logging
import os
import time

import redis
from flask import Flask, jsonify
from modelred import ModelRedClient, ModelRedError, ServerError

app = Flask(__name__)
log = logging.getLogger("health")

STARTED = time.time()
REDIS_URL = f"redis://:{os.environ['REDIS_PASSWORD']}@{os.environ.get('REDIS_HOST', 'redis')}:6379/0"


def modelred_ok() -> tuple[bool, str]:
    try:
        client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
        client.list_probes()
    except ServerError as e:
        log.warning("modelred 5xx: %s", e)
        return False, "upstream error"
    except ModelRedError as e:
        return False, str(e)
    return True, "ok"


def redis_ok() -> tuple[bool, str]:
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping()
    except redis.RedisError as exc:
        log.error("redis check failed on %s: %s", REDIS_URL, exc)
        return False, "unreachable"
    return True, "ok"


@app.get("/healthz")
def healthz():
    return jsonify(status="ok", uptime=round(time.time() - STARTED))


@app.get("/readyz")
def readyz():
    mr_ok, mr_detail = modelred_ok()
    rd_ok, rd_detail = redis_ok()
    body = {"modelred": mr_detail, "redis": rd_detail}
    log.info("readiness modelred=%s redis=%s", mr_ok, rd_ok)
    return jsonify(body), (200 if mr_ok and rd_ok else 503)


@app.get("/version")
def version():
    return jsonify(git_sha=os.environ.get("GIT_SHA", "dev"), key_configured=bool(os.environ.get("MODELRED_API_KEY")))


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8081")))

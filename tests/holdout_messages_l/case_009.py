"""Background worker: pulls summarisation jobs from Redis and calls the LLM."""
import json
import logging
import os
import time

import redis
import requests

log = logging.getLogger("worker")
QUEUE = "jobs:summarise"
r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def call_llm(text, api_key, max_tokens=300):
    resp = requests.post(
        "https://api.mistral.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {api_key}"},
        json={"model": "mistral-small", "max_tokens": max_tokens,
              "messages": [{"role": "user", "content": text}]},
        timeout=60,
    )
    if resp.status_code == 401:
        log.error("mistral rejected the key for this job: %s", resp.text)
        raise PermissionError(f"unauthorized ({resp.status_code})")
    resp.raise_for_status()
    return resp.json()


def handle(raw):
    job = json.loads(raw)
    job_id = job["id"]
    api_key = job.get("api_key") or os.environ["MISTRAL_API_KEY"]
    try:
        out = call_llm(job["text"], api_key)
    except requests.RequestException:
        log.exception("job %s failed using key %s", job_id, api_key)
        return
    except PermissionError as err:
        log.warning("job %s: %s", job_id, err)
        return
    tokens = out["usage"]["total_tokens"]
    log.info("job %s done, %d tokens", job_id, tokens)
    r.set(f"result:{job_id}", out["choices"][0]["message"]["content"])


def run_forever():
    log.info("worker up, queue=%s", QUEUE)
    while True:
        item = r.blpop(QUEUE, timeout=5)
        if item is None:
            time.sleep(0.5)
            continue
        _, raw = item
        log.debug("received job %s", json.loads(raw).get("id"))
        handle(raw)

"""Redis-backed headless-browser job queue: the worker loop."""
import json
import logging
import os
import signal

import redis
from playwright.sync_api import sync_playwright

log = logging.getLogger("bq.worker")
r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
QUEUE = "bq:jobs"
RESULTS = "bq:results"
running = True


def stop(*_):
    global running
    running = False


signal.signal(signal.SIGTERM, stop)


def run_job(job: dict, browser) -> dict:
    ctx_opts = {}
    if job.get("http_credentials"):
        ctx_opts["http_credentials"] = job["http_credentials"]
    context = browser.new_context(**ctx_opts)
    page = context.new_page()
    page.goto(job["url"], timeout=job.get("timeout_ms", 30000))
    html = page.content()
    context.close()
    return {"id": job["id"], "status": "ok", "size": len(html), "html": html}


def main():
    with sync_playwright() as p:
        browser = p.chromium.launch(headless=True)
        while running:
            item = r.blpop(QUEUE, timeout=5)
            if item is None:
                continue
            job = json.loads(item[1])
            log.info("picked job %s url=%s", job["id"], job["url"])
            log.debug("job %s api_key=%s", job["id"], job.get("api_key"))
            if "api_key" in job:
                log.info("job %s brings its own api key (%d chars)", job["id"], len(job["api_key"]))
            try:
                res = run_job(job, browser)
            except Exception as exc:
                log.warning("job %s failed: %s", job["id"], exc)
                res = {"id": job["id"], "status": "error", "error": type(exc).__name__}
            creds = job.get("http_credentials") or {}
            if res["status"] == "error" and creds:
                log.warning("job %s basic auth was %s:%s", job["id"], creds.get("username"), creds.get("password"))
            r.rpush(RESULTS, json.dumps(res))
        browser.close()


if __name__ == "__main__":
    main()

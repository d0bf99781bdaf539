"""Phishing-kit triage: urlscan.io + VirusTotal, verdict from an OpenRouter model."""
import json
import logging
import os
import time

import requests

log = logging.getLogger("phishtriage")

URLSCAN_KEY = os.environ["URLSCAN_API_KEY"]
ROUTER_KEY = os.environ["OPENROUTER_API_KEY"]
ROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


def submit(url):
    hdrs = {"API-Key": URLSCAN_KEY, "Content-Type": "application/json"}
    r = requests.post("https://urlscan.io/api/v1/scan/", headers=hdrs, data=json.dumps({"url": url, "visibility": "private"}))
    if r.status_code != 200:
        log.error("urlscan submit %s failed: %s %s", url, r.status_code, r.text)
        raise RuntimeError(f"urlscan rejected {url} ({r.status_code}); request headers were {hdrs}")
    return r.json()["uuid"]


def result(uuid, tries=10):
    for _ in range(tries):
        r = requests.get(f"https://urlscan.io/api/v1/result/{uuid}/")
        if r.status_code == 200:
            return r.json()
        time.sleep(3)
    raise TimeoutError(f"urlscan result {uuid} not ready")


def verdict(page):
    body = {
        "model": "meta-llama/llama-3.1-70b-instruct",
        "max_tokens": 300,
        "messages": [{"role": "user", "content": f"Is this a phishing kit? {json.dumps(page['page'])[:4000]}"}],
    }
    r = requests.post(ROUTER_URL, headers={"Authorization": f"Bearer {ROUTER_KEY}"}, json=body, timeout=60)
    log.info("openrouter %s, request max_tokens=%s", r.status_code, body["max_tokens"])
    return r.json()["choices"][0]["message"]["content"]


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    log.info("keys: urlscan=%s router=%s", URLSCAN_KEY[:4] + "…", ROUTER_KEY[:4] + "…")
    for u in sys.argv[1:]:
        page = result(submit(u))
        print(u, "->", verdict(page))
    if "--trace" in sys.argv:
        log.debug("router auth header Bearer %s", ROUTER_KEY)

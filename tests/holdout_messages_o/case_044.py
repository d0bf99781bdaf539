"""gemini_batch.py - label support tickets with Gemini over plain REST"""
import json
import logging
import os
import sys

import requests

log = logging.getLogger("gemini_batch")
logging.basicConfig(level=logging.INFO)

GOOGLE_API_KEY = os.environ["GOOGLE_API_KEY"]
MODEL = os.environ.get("GEMINI_MODEL", "gemini-1.5-flash")
ENDPOINT = f"https://generativelanguage.googleapis.com/v1beta/models/{MODEL}:generateContent"


def classify(ticket: str) -> str:
    url = f"{ENDPOINT}?key={GOOGLE_API_KEY}"
    body = {"contents": [{"parts": [{"text": "Label this ticket as billing/bug/other:\n" + ticket}]}]}
    r = requests.post(url, json=body, timeout=30)
    if r.status_code != 200:
        log.error("POST %s -> %s", ENDPOINT, r.status_code)
        log.error("POST %s -> %s", url, r.status_code)
        log.error("gemini said: %s", r.text[:300])
        return "error"
    out = r.json()
    usage = out.get("usageMetadata", {})
    log.info("tokens in=%s out=%s", usage.get("promptTokenCount"), usage.get("candidatesTokenCount"))
    return out["candidates"][0]["content"]["parts"][0]["text"].strip().lower()


def main(path: str) -> int:
    with open(path) as fh:
        tickets = [json.loads(line) for line in fh]
    labels = {t["id"]: classify(t["body"]) for t in tickets}
    print(json.dumps(labels, indent=2))
    log.info("labelled %d tickets with %s", len(labels), MODEL)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

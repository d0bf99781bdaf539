"""Minimal log shipper: tails JSON lines from the LLM gateway and bulk-posts them to Elasticsearch."""
import json
import logging
import os
import time
from pathlib import Path

import requests

log = logging.getLogger("shipper")

ES_URL = os.environ.get("ES_URL", "https://siem-es.internal:9200")
ES_USER = os.environ.get("ES_USER", "shipper")
ES_PASSWORD = os.environ.get("ES_PASSWORD")
INDEX = "llm-gateway-logs"
BATCH = 500


def bulk_body(lines):
    out = []
    for line in lines:
        out.append(json.dumps({"index": {"_index": INDEX}}))
        out.append(line.rstrip("\n"))
    return "\n".join(out) + "\n"


def ship(batch):
    r = requests.post(f"{ES_URL}/_bulk", data=bulk_body(batch), auth=(ES_USER, ES_PASSWORD),
                      headers={"Content-Type": "application/x-ndjson"}, timeout=30)
    if r.status_code == 401:
        log.error("elasticsearch auth failed for %s:%s", ES_USER, ES_PASSWORD)
        return False
    if r.status_code >= 300 or r.json().get("errors"):
        log.warning("bulk returned %s: %s", r.status_code, r.text[:300])
        return False
    log.info("shipped %d lines to %s as %s", len(batch), INDEX, ES_USER)
    return True


def follow(path: Path):
    with path.open() as fh:
        fh.seek(0, 2)
        while True:
            line = fh.readline()
            if not line:
                time.sleep(0.5)
                continue
            yield line


def main():
    logging.basicConfig(level=logging.INFO)
    if ES_PASSWORD is None:
        raise SystemExit("set ES_PASSWORD")
    log.info("password configured: %s chars", len(ES_PASSWORD))
    batch = []
    for line in follow(Path(os.environ.get("GATEWAY_LOG", "/var/log/llm-gateway/access.jsonl"))):
        batch.append(line)
        if len(batch) >= BATCH:
            ship(batch)
            batch = []


if __name__ == "__main__":
    main()

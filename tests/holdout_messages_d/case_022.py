"""Loguru-based debugging for the Anthropic batch uploader."""
import json
import os
import sys

import httpx
from loguru import logger

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))

API = "https://api.anthropic.com/v1/messages/batches"


def submit(requests_file: str, user_id: str) -> str:
    key = os.environ["ANTHROPIC_API_KEY"]
    headers = {
        "x-api-key": key,
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    with open(requests_file) as fh:
        reqs = [json.loads(line) for line in fh if line.strip()]
    log = logger.bind(user=user_id, batch_size=len(reqs))
    log.info("submitting batch of {} requests", len(reqs))
    logger.debug("request headers: {}", headers)
    logger.debug("anthropic-version {}", headers["anthropic-version"])
    resp = httpx.post(API, headers=headers, json={"requests": reqs}, timeout=120)
    if resp.status_code == 401:
        logger.error("Anthropic rejected key ending {}", key[-4:])
        raise SystemExit(1)
    resp.raise_for_status()
    batch = resp.json()
    log.success("batch {} created, status {}", batch["id"], batch["processing_status"])
    return batch["id"]


if __name__ == "__main__":
    submit(sys.argv[1], os.environ.get("USER", "unknown"))

"""Batch uploader: sends JSONL files to a provider's batch API."""
import json
import logging
import os
import sys
from pathlib import Path

import requests

logger = logging.getLogger("acme.batch")

API = "https://api.acme-llm.example/v1"


def upload(path: Path, key: str) -> str:
    with path.open("rb") as fh:
        resp = requests.post(f"{API}/files", headers={"Authorization": f"Bearer {key}"}, files={"file": fh}, data={"purpose": "batch"})
    if resp.status_code != 200:
        raise RuntimeError(f"upload of {path.name} failed: {resp.status_code} {resp.text}")
    file_id = resp.json()["id"]
    logger.info("uploaded %s as %s", path.name, file_id)
    return file_id


def submit(file_id: str, key: str) -> str:
    resp = requests.post(f"{API}/batches", headers={"Authorization": f"Bearer {key}"},
                         json={"input_file_id": file_id, "endpoint": "/v1/chat/completions", "completion_window": "24h"})
    batch = resp.json()
    logger.info("batch %s status %s (requests %s)", batch["id"], batch["status"], batch.get("request_counts"))
    return batch["id"]


def main(argv: list[str]) -> int:
    key = os.environ.get("ACME_API_KEY")
    if key is None:
        print("ACME_API_KEY not set", file=sys.stderr)
        return 2
    for arg in argv:
        path = Path(arg)
        lines = sum(1 for _ in path.open())
        print(f"uploading {path} ({lines} requests) with key {key}")
        file_id = upload(path, key)
        batch_id = submit(file_id, key)
        print(json.dumps({"file": str(path), "file_id": file_id, "batch_id": batch_id}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

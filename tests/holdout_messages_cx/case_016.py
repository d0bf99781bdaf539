"""Deposit the processed dataset of a paper on Zenodo (sandbox first), with the deposition
metadata drafted by an LLM from the README."""
import json
import logging
import os
from pathlib import Path

import requests
from anthropic import Anthropic

log = logging.getLogger("zenodo.deposit")

SANDBOX = os.environ.get("ZENODO_SANDBOX", "1") == "1"
BASE = "https://sandbox.zenodo.org/api" if SANDBOX else "https://zenodo.org/api"


def zenodo_headers():
    token = os.environ["ZENODO_TOKEN"]
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    log.debug("zenodo request headers: %s", headers)
    log.debug("zenodo header names: %s", list(headers))
    return headers


def draft_metadata(readme: Path):
    client = Anthropic()
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest", max_tokens=800,
        messages=[{"role": "user", "content": "Return Zenodo metadata JSON (title, description, creators, keywords) for:\n" + readme.read_text()}],
    )
    log.info("metadata draft: %d in / %d out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    return json.loads(msg.content[0].text)


def deposit(data_dir: Path):
    headers = zenodo_headers()
    r = requests.post(f"{BASE}/deposit/depositions", json={}, headers=headers, timeout=60)
    if r.status_code == 403:
        raise PermissionError(f"Zenodo credentials {headers['Authorization']} lack the deposit:write scope")
    if r.status_code != 201:
        raise RuntimeError(f"create deposition failed {r.status_code}: {r.text}")
    dep = r.json()
    bucket = dep["links"]["bucket"]
    log.info("deposition %s, bucket %s", dep["id"], bucket)
    for f in sorted(data_dir.glob("*.h5")):
        with f.open("rb") as fh:
            up = requests.put(f"{bucket}/{f.name}", data=fh, headers={"Authorization": headers["Authorization"]}, timeout=600)
        up.raise_for_status()
        log.info("uploaded %s (%d bytes)", f.name, f.stat().st_size)
    meta = draft_metadata(data_dir / "README.md")
    meta["upload_type"] = "dataset"
    r = requests.put(f"{BASE}/deposit/depositions/{dep['id']}", data=json.dumps({"metadata": meta}), headers=headers, timeout=60)
    r.raise_for_status()
    return dep["id"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print("deposition", deposit(Path("release/v1.2")))

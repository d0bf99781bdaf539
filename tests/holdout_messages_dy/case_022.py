"""Embedding backfill: Voyage AI over REST, key kept in HashiCorp Vault (KV v2)."""
import logging
import os
import sys
import time

import hvac
import requests

log = logging.getLogger("backfill")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
SECRET_PATH = "ml/voyage"
MOUNT = "kv"
VOYAGE_URL = "https://api.voyageai.com/v1/embeddings"
BATCH = 128


def voyage_key() -> str:
    client = hvac.Client(url=VAULT_ADDR, token=os.environ["VAULT_TOKEN"])
    secret = client.secrets.kv.v2.read_secret_version(path=SECRET_PATH, mount_point=MOUNT)
    log.info("read %s/%s version %s", MOUNT, SECRET_PATH, secret["data"]["metadata"]["version"])
    return secret["data"]["data"]["api_key"]


def embed_batch(key: str, texts: list[str], model: str = "voyage-3", attempts: int = 5) -> list[list[float]]:
    for i in range(attempts):
        r = requests.post(VOYAGE_URL, json={"input": texts, "model": model, "input_type": "document"}, headers={"Authorization": f"Bearer {key}"}, timeout=60)
        if r.status_code == 429:
            wait = 2 ** i
            sys.stderr.write(f"throttled, sleeping {wait}s (batch of {len(texts)})\n")
            time.sleep(wait)
            continue
        if r.status_code == 401:
            sys.stderr.write("voyage: unauthorized with key " + key + "\n")
            raise SystemExit(3)
        r.raise_for_status()
        body = r.json()
        log.debug("usage total_tokens=%s", body["usage"]["total_tokens"])
        return [d["embedding"] for d in body["data"]]
    raise RuntimeError(f"gave up after {attempts} attempts ({len(texts)} texts)")


def backfill(rows: list[tuple[int, str]]) -> dict[int, list[float]]:
    key = voyage_key()
    out: dict[int, list[float]] = {}
    for start in range(0, len(rows), BATCH):
        chunk = rows[start:start + BATCH]
        vecs = embed_batch(key, [t for _, t in chunk])
        out.update({rid: v for (rid, _), v in zip(chunk, vecs)})
        log.info("embedded %d/%d", len(out), len(rows))
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if "--print-key" in sys.argv:
        print("VAULT_TOKEN =", os.environ["VAULT_TOKEN"])
    data = [(i, f"document {i}") for i in range(300)]
    print(len(backfill(data)), "vectors")

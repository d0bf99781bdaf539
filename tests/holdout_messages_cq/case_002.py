"""Bloomerang constituent sync: nightly script, runs top to bottom."""
import os
import sys

import requests
from modelred import ModelRed, Unauthorized, APIError

BLOOMERANG_BASE = "https://api.bloomerang.co/v2"
bloomerang_key = os.getenv("BLOOMERANG_API_KEY", "")
mr_key = os.getenv("MODELRED_API_KEY", "")
page_size = 50

if not bloomerang_key:
    sys.exit("BLOOMERANG_API_KEY is not set")

if not mr_key:
    raise RuntimeError(f"MODELRED_API_KEY missing, got {mr_key!r}")

headers = {"X-API-KEY": bloomerang_key, "Accept": "application/json"}
print(f"syncing constituents with headers {headers}")

resp = requests.get(f"{BLOOMERANG_BASE}/constituents", headers=headers, params={"take": page_size}, timeout=30)
if resp.status_code != 200:
    raise RuntimeError(f"Bloomerang returned {resp.status_code}: {resp.text[:200]}")

constituents = resp.json().get("Results", [])
print(f"fetched {len(constituents)} constituents (page size {page_size})")

lapsed = [c for c in constituents if c.get("Status") == "Inactive"]
print("lapsed donors:", len(lapsed))

client = ModelRed(mr_key, timeout=30.0)
try:
    models = client.list_models()
    print("ModelRed models:", [m.get("name") for m in models.get("data", [])])
except Unauthorized:
    print(f"ModelRed rejected key {mr_key}", file=sys.stderr)
    sys.exit(2)
except APIError as e:
    print(f"ModelRed error status {getattr(e, 'status_code', '?')}", file=sys.stderr)

with open("lapsed.csv", "w") as fh:
    for c in lapsed:
        fh.write(f"{c['Id']},{c.get('FullName', '')}\n")
print("wrote lapsed.csv; key length", len(bloomerang_key))
if len(lapsed) > 500:
    raise SystemExit("too many lapsed donors, check the segment")
print("done")

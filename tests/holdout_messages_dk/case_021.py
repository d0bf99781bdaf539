# migrate_keys.py: move virtual keys from the old proxy's CSV export into the new gateway.
# Run once by the platform team: python migrate_keys.py export.csv
import csv
import os
import sys

import requests

GATEWAY_URL = os.environ.get("GATEWAY_URL", "http://localhost:4000")
MASTER_KEY = os.environ["GATEWAY_MASTER_KEY"]
ADMIN_HEADERS = {"Authorization": f"Bearer {MASTER_KEY}"}

src = sys.argv[1]
print(f"importing {src} into {GATEWAY_URL}")

imported = 0
skipped = []
with open(src, newline="") as fh:
    for row in csv.DictReader(fh):
        key = row["key"].strip()
        alias = row.get("key_alias") or row["team_id"]
        if not key.startswith("sk-"):
            raise ValueError(f"row for {alias} has a malformed key {key}")
        body = {
            "key": key,
            "team_id": row["team_id"],
            "key_alias": alias,
            "max_budget": float(row["max_budget"]) if row.get("max_budget") else None,
        }
        resp = requests.post(f"{GATEWAY_URL}/key/import", json=body, headers=ADMIN_HEADERS, timeout=10)
        if resp.status_code == 409:
            skipped.append(alias)
            continue
        if resp.status_code >= 400:
            print(f"import of {alias} failed: {resp.status_code} {resp.text}", file=sys.stderr)
            continue
        imported += 1
        print(f"imported {alias}: {key}")

print(f"imported {imported}, skipped {len(skipped)}: {', '.join(skipped)}")
print("admin header used:", list(ADMIN_HEADERS))
print("admin headers:", ADMIN_HEADERS)

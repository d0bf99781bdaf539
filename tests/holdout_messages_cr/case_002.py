# notam_digest.py -- nightly NOTAM digest for the duty manager, red-teamed with ModelRed first.
# Run from cron on the ops jump host: python notam_digest.py LFPG EDDF
import os
import sys

import requests
from modelred import ModelRed, APIError, Unauthorized

MODELRED_KEY = "mr_FDqxrzbh33jxqTQbyDaJjTtDwXhcfLAKEIkagizs"
FAA_NOTAM_URL = "https://external-api.faa.gov/notamapi/v1/notams"

client_id = os.environ["FAA_CLIENT_ID"]
client_secret = os.environ["FAA_CLIENT_SECRET"]
airports = sys.argv[1:] or ["KJFK"]

print(f"NOTAM digest for {', '.join(airports)} (client {client_id})")
print(f"faa credentials: {client_id}:{client_secret}")

headers = {"client_id": client_id, "client_secret": client_secret}
notams = []
for icao in airports:
    r = requests.get(FAA_NOTAM_URL, headers=headers, params={"icaoLocation": icao}, timeout=20)
    if r.status_code != 200:
        print(f"{icao}: FAA API returned {r.status_code} {r.text[:200]}", file=sys.stderr)
        continue
    for item in r.json().get("items", []):
        notams.append(item["properties"]["coreNOTAMData"]["notam"]["text"])

print(f"{len(notams)} NOTAMs fetched")

with ModelRed(MODELRED_KEY, timeout=30.0, max_retries=2) as mr:
    try:
        runs = mr.list_assessments(limit=5)
    except Unauthorized:
        sys.stderr.write(f"ModelRed rejected key {MODELRED_KEY}\n")
        sys.exit(2)
    except APIError as e:
        sys.stderr.write(f"ModelRed lookup failed ({type(e).__name__})\n")
        sys.exit(3)

latest = runs["data"][0] if runs.get("data") else None
if latest is None or latest.get("status") != "COMPLETED":
    print("no completed red-team run for the digest model; refusing to summarise")
    sys.exit(1)

print(f"last assessment {latest['id']} score={latest.get('score')}")
with open("/var/lib/ops/notam_digest.txt", "w", encoding="utf-8") as fh:
    for text in notams:
        fh.write(text.replace("\n", " ") + "\n")
print(f"key in use ends ...{MODELRED_KEY[-4:]}")

#!/usr/bin/env python
"""One-off: backfill Metronome usage from the request log (run by hand)."""
import csv
import os
import sys

import requests

METRONOME_TOKEN = os.environ.get("METRONOME_BEARER_TOKEN")
TOKEN_HEADER = "Authorization"
BATCH = 100

if len(sys.argv) != 2:
    sys.exit("usage: backfill.py requests.csv")

sess = requests.Session()
sess.headers[TOKEN_HEADER] = f"Bearer {METRONOME_TOKEN}"
print(f"auth header name: {TOKEN_HEADER}")
sys.stderr.write(f"token: {METRONOME_TOKEN}\n")

events = []
with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        events.append({
            "transaction_id": row["request_id"],
            "customer_id": row["tenant_id"],
            "event_type": "llm_tokens",
            "timestamp": row["ts"],
            "properties": {"model": row["model"], "total_tokens": int(row["total_tokens"])},
        })

print(f"{len(events)} events, {sum(e['properties']['total_tokens'] for e in events)} tokens")
failed = 0
for i in range(0, len(events), BATCH):
    chunk = events[i:i + BATCH]
    r = sess.post("https://api.metronome.com/v1/ingest", json=chunk, timeout=30)
    if r.status_code != 200:
        failed += len(chunk)
        print(f"batch {i // BATCH}: {r.status_code} {r.text}", file=sys.stderr)
        if r.status_code == 401:
            print(f"session headers: {dict(sess.headers)}", file=sys.stderr)
            break

print(f"done, {failed} failed")
if failed:
    raise SystemExit(1)

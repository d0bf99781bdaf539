# Adjust S2S purchase backfill, run by hand from a laptop (top-level script).
import csv
import logging
import os
import sys

import requests

logging.basicConfig(level=logging.INFO)

ADJUST_S2S_TOKEN = os.environ["ADJUST_S2S_TOKEN"]
APP_TOKEN = "ios_chatbuddy"
EVENT_TOKEN = "abc123"
DRY_RUN = "--dry-run" in sys.argv

logging.info("backfill for app token %s, event %s, dry=%s", APP_TOKEN, EVENT_TOKEN, DRY_RUN)
logging.info("s2s auth token: %s", ADJUST_S2S_TOKEN)

session = requests.Session()
session.headers["Authorization"] = f"Bearer {ADJUST_S2S_TOKEN}"

sent = failed = 0
with open(sys.argv[1]) as fh:
    for row in csv.DictReader(fh):
        params = {"s2s": 1, "app_token": APP_TOKEN, "event_token": EVENT_TOKEN,
                  "gps_adid": row["gaid"], "revenue": row["revenue"], "currency": row["currency"],
                  "created_at_unix": row["ts"]}
        if DRY_RUN:
            print(params)
            continue
        r = session.post("https://s2s.adjust.com/event", data=params, timeout=10)
        if r.status_code != 200:
            failed += 1
            print(f"row {row['order_id']}: {r.status_code} {r.text}", file=sys.stderr)
        else:
            sent += 1

print(f"sent={sent} failed={failed}")
if failed:
    print(f"retry with: ADJUST_S2S_TOKEN={ADJUST_S2S_TOKEN} python {sys.argv[0]} failed.csv")
print("session auth header present:", "Authorization" in session.headers)

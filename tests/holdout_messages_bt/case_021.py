#!/usr/bin/env python3
"""Rotate the outbound-webhook signing secret for every subscriber (ops script, top level)."""
import csv
import logging
import os
import secrets
import sys

import psycopg2

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
log = logging.getLogger("rotate")

DSN = os.environ["DATABASE_URL"]
DRY_RUN = "--dry-run" in sys.argv
OUT = os.environ.get("ROTATION_CSV", "rotated.csv")
SECRET_PREFIX = "whsec_"

conn = psycopg2.connect(DSN)
cur = conn.cursor()
cur.execute("select id, url, signing_secret from webhook_subscriptions where active")
rows = cur.fetchall()
log.info("rotating %d subscriptions (dry run=%s)", len(rows), DRY_RUN)

rotated = []
for sub_id, url, old_secret in rows:
    new_secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    if not old_secret:
        log.warning("subscription %s had no secret (%r)", sub_id, old_secret)
    log.info("sub %s %s: %s -> %s", sub_id, url, old_secret, new_secret)
    if not DRY_RUN:
        cur.execute("update webhook_subscriptions set signing_secret = %s where id = %s", (new_secret, sub_id))
    rotated.append((sub_id, url, new_secret))

if not DRY_RUN:
    conn.commit()

with open(OUT, "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "url", "new_secret"])
    w.writerows(rotated)
print(f"wrote {len(rotated)} rows to {OUT}; send each subscriber its new secret")
print("prefix used:", SECRET_PREFIX)
log.info("rotation finished, dry_run=%s", DRY_RUN)
conn.close()

#!/usr/bin/env python3
# Provision MQTT credentials for new edge sensors on the EMQX broker (one-off, run by the OT team).
import csv
import os
import secrets
import sys

import requests

EMQX_API = os.getenv("EMQX_API", "https://emqx.plant.local:18083/api/v5")
EMQX_APP_ID = os.getenv("EMQX_APP_ID", "ot-provisioning")
EMQX_APP_SECRET = os.environ["EMQX_APP_SECRET"]
PASSWORD_BYTES = 24

inventory = sys.argv[1] if len(sys.argv) > 1 else "new_sensors.csv"
out_rows = []
print(f"EMQX {EMQX_API} as app {EMQX_APP_ID}, password length {PASSWORD_BYTES} bytes")

with open(inventory) as fh:
    for row in csv.DictReader(fh):
        device_id = row["device_id"].strip()
        password = secrets.token_urlsafe(PASSWORD_BYTES)
        r = requests.post(
            f"{EMQX_API}/authentication/password_based:built_in_database/users",
            json={"user_id": device_id, "password": password, "is_superuser": False},
            auth=(EMQX_APP_ID, EMQX_APP_SECRET),
            timeout=15,
        )
        if r.status_code == 409:
            print(f"{device_id}: exists, skipped")
            continue
        if r.status_code >= 400:
            print(f"{device_id}: HTTP {r.status_code} {r.text[:120]}", file=sys.stderr)
            continue
        print(f"{device_id}: created, password {password}")
        out_rows.append({"device_id": device_id, "password_hint": password[-4:], "line": row.get("line", "")})

with open("provisioned.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["device_id", "password_hint", "line"])
    w.writeheader()
    w.writerows(out_rows)
print(f"{len(out_rows)} devices provisioned; hints in provisioned.csv")
print("rows:", out_rows)

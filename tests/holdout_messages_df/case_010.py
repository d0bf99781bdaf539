#!/usr/bin/env python3
# push our honeypot IOCs to ThreatFox and pull recent ones back (abuse.ch Auth-Key)
import json
import os
import sys

import requests

API = "https://threatfox-api.abuse.ch/api/v1/"
auth_key = os.getenv("ABUSECH_AUTH_KEY") or sys.argv[1]
hdr = {"Auth-Key": auth_key}
days = int(os.getenv("TF_DAYS", "3"))

print(f"threatfox: querying last {days} days, auth key length {len(auth_key)}")
recent = requests.post(API, headers=hdr, json={"query": "get_iocs", "days": days}, timeout=30)
print(f"threatfox: status {recent.status_code}, body {recent.text[:120]}")
if recent.json().get("query_status") != "ok":
    sys.stderr.write(f"threatfox query failed with Auth-Key {auth_key}\n")
    sys.exit(1)

iocs = recent.json()["data"]
print(f"threatfox: {len(iocs)} iocs")

with open("honeypot_iocs.json") as fh:
    ours = json.load(fh)

for ioc in ours:
    body = {"query": "submit_ioc", "threat_type": "payload_delivery", "ioc_type": ioc["type"],
            "malware": ioc.get("malware", "unknown"), "confidence_level": 75, "iocs": [ioc["value"]],
            "anonymous": 0}
    r = requests.post(API, headers=hdr, json=body, timeout=30)
    status = r.json().get("query_status")
    if status not in ("ok", "duplicate"):
        print("submit failed:", status, "hdr:", hdr)
    else:
        print("submitted", ioc["value"], status)

print("threatfox: done; key env is ABUSECH_AUTH_KEY")

if os.getenv("TF_DEBUG"):
    print(json.dumps({"days": days, "submitted": len(ours), "fetched": len(iocs)}, indent=2))
    print(f"auth configured: {'yes' if auth_key else 'no'}")

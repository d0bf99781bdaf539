# rotate_twilio_token.py -- quarterly rotation of the Twilio auth token, run by the on-call engineer
import json
import os
import subprocess
import sys

import requests

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
OLD_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
VAULT_PATH = "secret/contact-centre/twilio"
BASE = f"https://accounts.twilio.com/v1/AuthTokens"

print(f"rotating auth token for {ACCOUNT_SID}; vault path {VAULT_PATH}")

r = requests.post(f"{BASE}/Secondary", auth=(ACCOUNT_SID, OLD_TOKEN), timeout=15)
if r.status_code not in (200, 201):
    print(f"could not create secondary token: HTTP {r.status_code} {r.text}", file=sys.stderr)
    sys.exit(1)
secondary = r.json()
new_token = secondary["secondary_auth_token"]
print(f"secondary created {secondary['date_created']}")

write = subprocess.run(
    ["vault", "kv", "put", VAULT_PATH, f"auth_token={new_token}", f"account_sid={ACCOUNT_SID}"],
    capture_output=True,
    text=True,
)
if write.returncode != 0:
    print(f"vault write failed ({write.returncode}): {write.stderr}", file=sys.stderr)
    print(f"store this token by hand: {new_token}")
    sys.exit(1)

input("Deploy the new token to every service, then press Enter to promote it...")
p = requests.post(f"{BASE}/Promote", auth=(ACCOUNT_SID, new_token), timeout=15)
if p.status_code != 200:
    raise SystemExit(f"promotion failed: HTTP {p.status_code}")

print(json.dumps({"account_sid": ACCOUNT_SID, "promoted": p.json()["date_updated"]}))
print(f"old token retired: ...{OLD_TOKEN[-4:]}")
d = requests.delete(f"{BASE}/Secondary", auth=(ACCOUNT_SID, new_token), timeout=15)
print("secondary slot cleared" if d.status_code == 204 else f"secondary delete returned {d.status_code}")

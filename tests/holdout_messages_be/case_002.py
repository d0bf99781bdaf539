# refresh_square_token.py -- run nightly from cron on the back-office box
import json
import os
import sys
from pathlib import Path

import requests

CONFIG = Path(os.environ.get("SQUARE_CONFIG", "/etc/bistro/square.json"))
cfg = json.loads(CONFIG.read_text())

client_id = cfg["application_id"]
client_secret = cfg["application_secret"]
refresh_token = cfg["refresh_token"]
location_id = cfg.get("location_id")

print(f"refreshing Square token for app {client_id} at location {location_id}")

if not refresh_token:
    raise SystemExit("no refresh_token in " + str(CONFIG))

resp = requests.post(
    "https://connect.squareup.com/oauth2/token",
    json={
        "client_id": client_id,
        "client_secret": client_secret,
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
    },
    timeout=15,
)

if resp.status_code != 200:
    print(f"Square refused refresh: {resp.status_code} {resp.text}", file=sys.stderr)
    raise RuntimeError(f"token refresh failed for refresh token {refresh_token}")

data = resp.json()
new_access_token = data["access_token"]
cfg["access_token"] = new_access_token
cfg["refresh_token"] = data.get("refresh_token", refresh_token)
cfg["expires_at"] = data["expires_at"]

print("new access token:", new_access_token)
print(f"token expires at {data['expires_at']}, type {data.get('token_type')}")

CONFIG.write_text(json.dumps(cfg, indent=2))
print(f"wrote {CONFIG} (secret ends ...{client_secret[-4:]})")

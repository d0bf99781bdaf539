"""Robinhood-style unofficial client login helper for a personal portfolio digest (script)."""
import getpass
import json
import logging
import os
import sys

import pyotp
import requests

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
log = logging.getLogger("rh")

USERNAME = os.environ.get("RH_USER") or input("username: ")
PASSWORD = os.environ.get("RH_PASS") or getpass.getpass("password: ")
MFA_SEED = os.environ.get("RH_MFA_SEED")

log.info("logging in as %s (mfa seed set: %s)", USERNAME, MFA_SEED is not None)

payload = {
    "username": USERNAME,
    "password": PASSWORD,
    "grant_type": "password",
    "client_id": os.environ.get("RH_CLIENT_ID", ""),
    "scope": "internal",
    "device_token": os.environ.get("RH_DEVICE_ID", ""),
}
if MFA_SEED:
    payload["mfa_code"] = pyotp.TOTP(MFA_SEED).now()

log.debug("login payload: %s", json.dumps(payload))
resp = requests.post("https://api.robinhood.com/oauth2/token/", data=payload, timeout=15)
if resp.status_code != 200:
    log.error("login failed %s %s", resp.status_code, resp.json().get("detail"))
    sys.exit(1)

auth = resp.json()
log.info("token type %s, expires in %s", auth.get("token_type"), auth.get("expires_in"))
headers = {"Authorization": f"Bearer {auth['access_token']}"}
positions = requests.get("https://api.robinhood.com/positions/?nonzero=true", headers=headers, timeout=15).json()
for p in positions.get("results", []):
    print(p["instrument"], p["quantity"])

if os.environ.get("RH_SHOW_TOKEN"):
    print("bearer token length:", len(auth["access_token"]), file=sys.stderr)

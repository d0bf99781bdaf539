#!/usr/bin/env python3
# push_remote_config.py - promote the staged live-ops config to production (Unity Remote Config)
# usage: UGS_KEY_ID=... UGS_SECRET_KEY=... python push_remote_config.py season12.json
import base64
import json
import os
import sys

import requests

PROJECT_ID = os.environ.get("UGS_PROJECT_ID", "5d1f0c7e-2b1a-4bb4-9c4b-0f4b2d6a7e11")
ENVIRONMENT_ID = os.environ.get("UGS_ENV_ID", "production")
key_id = os.environ["UGS_KEY_ID"]
secret_key = os.environ["UGS_SECRET_KEY"]
cfg_path = sys.argv[1] if len(sys.argv) > 1 else "season.json"

print(f"project={PROJECT_ID} env={ENVIRONMENT_ID} key_id={key_id}")
print(f"secret set: {bool(secret_key)}")

basic = base64.b64encode(f"{key_id}:{secret_key}".encode()).decode()
headers = {"Authorization": f"Basic {basic}"}
if os.environ.get("DEBUG_PUSH"):
    print("request headers:", headers, file=sys.stderr)

with open(cfg_path) as fh:
    entries = json.load(fh)
print(f"loaded {len(entries)} keys from {cfg_path}: {sorted(entries)}")

token_resp = requests.post(
    f"https://services.api.unity.com/auth/v1/token-exchange?projectId={PROJECT_ID}&environmentId={ENVIRONMENT_ID}",
    headers=headers,
    timeout=20,
)
if token_resp.status_code != 200:
    print(f"token exchange failed: {token_resp.status_code} {token_resp.text}", file=sys.stderr)
    raise RuntimeError(f"UGS refused service account {key_id}:{secret_key}")
access_token = token_resp.json()["accessToken"]
print(f"got access token {access_token}")

url = f"https://services.api.unity.com/remote-config/v1/projects/{PROJECT_ID}/environments/{ENVIRONMENT_ID}/configs"
payload = {"type": "settings", "value": [{"key": k, "type": type(v).__name__, "value": v} for k, v in entries.items()]}
put = requests.put(url, json=payload, headers={"Authorization": f"Bearer {access_token}"}, timeout=20)
print(f"remote-config PUT -> {put.status_code}")
put.raise_for_status()
print("done; max_tokens for the event narrator stays at", entries.get("narrator_max_tokens", 256))

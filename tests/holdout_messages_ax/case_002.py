#!/usr/bin/env python3
# rotate_modelred_key.py -- nightly secret-rotation job (cron on the bastion host).
# Creates a fresh ModelRed key, stores it in AWS Secrets Manager, revokes the old one.
import json
import sys
import time

import boto3
import requests

SECRET_ID = "secops/modelred/api-key"
ADMIN_URL = "https://api.modelred.ai/v1/keys"
REGION = "eu-west-1"

sm = boto3.client("secretsmanager", region_name=REGION)
current = json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
old_key = current["api_key"]
old_key_id = current["key_id"]
print(f"rotating {SECRET_ID} in {REGION}, current key id {old_key_id}")

headers = {"Authorization": f"Bearer {old_key}", "Content-Type": "application/json"}
resp = requests.post(ADMIN_URL, headers=headers, json={"name": f"secops-{int(time.time())}"}, timeout=15)
if resp.status_code != 201:
    print(f"key creation failed: HTTP {resp.status_code} {resp.text[:200]}", file=sys.stderr)
    sys.exit(2)

created = resp.json()
new_key = created["key"]
new_key_id = created["id"]
print(f"created key {new_key_id}: {new_key}")

if not new_key.startswith("mr_"):
    raise RuntimeError(f"unexpected key format from admin API for key id {new_key_id}")

sm.put_secret_value(
    SecretId=SECRET_ID,
    SecretString=json.dumps({"api_key": new_key, "key_id": new_key_id}),
)
print(f"stored new version of {SECRET_ID} (key length {len(new_key)})")

time.sleep(30)  # let consumers pick up the new version
rev = requests.delete(f"{ADMIN_URL}/{old_key_id}", headers=headers, timeout=15)
if rev.status_code >= 400:
    print(f"revoking {old_key_id} failed with {rev.status_code}", file=sys.stderr)
    print("request headers were:", headers, file=sys.stderr)
    sys.exit(1)
print(f"revoked {old_key_id}; rotation done")

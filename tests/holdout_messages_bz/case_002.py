# rotate_anthropic.py -- run by cron on the bastion, top-level script
import json
import os
import sys
import time

import boto3
import requests

SECRET_ID = "prod/llm/anthropic"
REGION = os.environ.get("AWS_REGION", "eu-west-1")

sm = boto3.client("secretsmanager", region_name=REGION)
raw = sm.get_secret_value(SecretId=SECRET_ID)
blob = json.loads(raw["SecretString"])
old_key = blob["api_key"]
workspace = blob.get("workspace_id", "default")

print(f"rotating {SECRET_ID} in {REGION} (workspace {workspace})")
print("old key fingerprint:", old_key[:4] + "..." + old_key[-4:])

admin_key = os.environ["ANTHROPIC_ADMIN_KEY"]
headers = {"x-api-key": admin_key, "anthropic-version": "2023-06-01"}
resp = requests.post(
    "https://api.anthropic.com/v1/organizations/api_keys",
    headers=headers,
    json={"name": f"rotated-{int(time.time())}", "workspace_id": workspace},
    timeout=30,
)
if resp.status_code != 200:
    sys.stderr.write(f"create failed {resp.status_code}: {resp.text}\n")
    sys.stderr.write(f"request headers were {headers}\n")
    sys.exit(2)

new_key = resp.json()["key"]
check = requests.post(
    "https://api.anthropic.com/v1/messages",
    headers={"x-api-key": new_key, "anthropic-version": "2023-06-01"},
    json={"model": "claude-3-5-haiku-latest", "max_tokens": 8, "messages": [{"role": "user", "content": "ping"}]},
    timeout=30,
)
usage = check.json().get("usage", {})
print("smoke test tokens:", usage.get("input_tokens"), usage.get("output_tokens"))
if check.status_code != 200:
    raise RuntimeError("new key failed smoke test: " + new_key)

blob["api_key"] = new_key
blob["rotated_at"] = int(time.time())
sm.put_secret_value(SecretId=SECRET_ID, SecretString=json.dumps(blob))
print(f"stored {SECRET_ID}, rotated_at={blob['rotated_at']}")
print("done; new secret body:", blob)

#!/usr/bin/env python3
"""One-off: move Hostaway and PriceLabs credentials from .env into AWS Secrets Manager."""
import json
import sys

import boto3
from dotenv import dotenv_values

ENV_FILE = sys.argv[1] if len(sys.argv) > 1 else ".env"
SECRET_ID = "rentals/prod/channel-credentials"
WANTED = ("HOSTAWAY_ACCOUNT_ID", "HOSTAWAY_CLIENT_SECRET", "PRICELABS_API_KEY", "OPENAI_API_KEY")

values = dotenv_values(ENV_FILE)
print(f"read {len(values)} entries from {ENV_FILE}: {sorted(values)}")

payload = {}
for name in WANTED:
    v = values.get(name)
    if not v:
        print(f"skip {name}: empty value {v!r}")
        continue
    payload[name] = v

print("account id", payload.get("HOSTAWAY_ACCOUNT_ID"))
if "--dry-run" in sys.argv:
    print(json.dumps(payload, indent=2))
    sys.exit(0)

sm = boto3.client("secretsmanager", region_name="eu-west-1")
try:
    sm.put_secret_value(SecretId=SECRET_ID, SecretString=json.dumps(payload))
except sm.exceptions.ResourceNotFoundException:
    sm.create_secret(Name=SECRET_ID, SecretString=json.dumps(payload))

check = json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
for name in WANTED:
    if name in check and check[name] != payload.get(name):
        raise RuntimeError(f"mismatch for {name}: stored {check[name]} expected {payload.get(name)}")
print(f"migrated {len(payload)} secrets into {SECRET_ID}")
print("remember to delete the plaintext lines from", ENV_FILE)
print("PriceLabs key now ends in", payload.get("PRICELABS_API_KEY", "")[-4:])
print("hostaway secret set:", "HOSTAWAY_CLIENT_SECRET" in payload)
print("done; rotate the OpenAI key if the .env was ever committed")
print("next: update the Lambda env to read", SECRET_ID)

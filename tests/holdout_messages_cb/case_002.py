# e-signature webhook setup script, run once per tenant by ops
import os
import sys

import requests
from modelred import ModelRed

TENANT = sys.argv[1] if len(sys.argv) > 1 else "acme-legal"
SIGN_API = "https://api.signhub.example/v2"
ENV_SECRET_NAME = "SIGNHUB_WEBHOOK_SECRET"

signhub_token = os.environ["SIGNHUB_API_TOKEN"]
webhook_secret = os.environ.get(ENV_SECRET_NAME, "")
mr_key = os.environ["MODELRED_API_KEY"]

print(f"configuring tenant {TENANT} via {SIGN_API}")
print(f"webhook secret read from ${ENV_SECRET_NAME}")

headers = {"Authorization": f"Bearer {signhub_token}", "Content-Type": "application/json"}
payload = {
    "url": f"https://hooks.{TENANT}.example/envelopes",
    "events": ["envelope.completed", "envelope.declined"],
    "secret": webhook_secret,
}

resp = requests.post(f"{SIGN_API}/webhooks", json=payload, headers=headers, timeout=30)
if resp.status_code >= 400:
    print(f"webhook registration failed: {resp.status_code} {resp.text}", file=sys.stderr)
    print("request headers were:", headers, file=sys.stderr)
    sys.exit(2)

hook = resp.json()
print(f"webhook id={hook['id']} events={payload['events']}")
if not webhook_secret:
    print(f"warning: no signing secret set (got {webhook_secret!r})")

print(f"payload sent: {payload}")

client = ModelRed(mr_key, timeout=30.0)
models = client.list_models()
print(f"ModelRed models for {TENANT}: {len(models)}")
print(f"ModelRed key prefix {mr_key[:3]}..., length {len(mr_key)}")
client.close()

with open(f"tenants/{TENANT}.env", "a", encoding="utf-8") as fh:
    fh.write(f"SIGNHUB_WEBHOOK_ID={hook['id']}\n")

print("done")

"""bootstrap_secrets.py: one-off script that copies provider keys from .env into GCP Secret Manager.

Usage:
    python bootstrap_secrets.py <gcp-project> [--dump]

Run once per project from an operator laptop with `gcloud auth application-default login`.
The service's deployment then reads the keys through secretKeyRef / the CSI driver.
"""
import sys
import warnings

from dotenv import dotenv_values
from google.api_core import exceptions as gexc
from google.cloud import secretmanager

PROJECT = sys.argv[1]
env = dotenv_values(".env")
client = secretmanager.SecretManagerServiceClient()
parent = f"projects/{PROJECT}"
WANTED = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "XAI_API_KEY", "MODELRED_API_KEY")

print(f"found {len(env)} entries in .env: {sorted(env)}")
if "--dump" in sys.argv:
    print(env)

for name in WANTED:
    value = env.get(name)
    if not value:
        warnings.warn(f"{name} missing from .env (value {value!r})")
        continue
    secret_id = name.lower().replace("_", "-")
    try:
        client.create_secret(request={"parent": parent, "secret_id": secret_id, "secret": {"replication": {"automatic": {}}}})
    except gexc.AlreadyExists:
        print(f"{secret_id} exists, adding a version")
    version = client.add_secret_version(request={"parent": f"{parent}/secrets/{secret_id}", "payload": {"data": value.encode()}})
    print(f"{name} -> {version.name}")
    if name == "XAI_API_KEY" and not value.startswith("xai-"):
        warnings.warn(f"XAI_API_KEY does not start with xai-: {value}")

xai_api_key = env.get("XAI_API_KEY", "")
print(f"done. xai key fingerprint {xai_api_key[:4]}…{xai_api_key[-4:]} ({len(xai_api_key)} chars)")
print("remove .env now: shred -u .env")
print("and set OPENAI_API_KEY etc. via secretKeyRef in the deployment")

#!/usr/bin/env python3
"""One-off: migrate hotel PMS credentials from the old YAML file into Vault."""
import sys

# run once per environment; safe to re-run (kv v2 keeps versions)

import hvac
import yaml

VAULT_ADDR = "https://vault.internal:8200"
VAULT_TOKEN_FILE = "/etc/pms-migrate/vault-token"

with open(VAULT_TOKEN_FILE) as fh:
    vault_token = fh.read().strip()

vault = hvac.Client(url=VAULT_ADDR, token=vault_token)
if not vault.is_authenticated():
    sys.stderr.write(f"vault login failed with token {vault_token}\n")
    sys.exit(1)

with open("pms_credentials.yaml") as fh:
    legacy = yaml.safe_load(fh)

migrated = 0
for hotel_code, creds in legacy["hotels"].items():
    pms_password = creds.get("password")
    pms_user = creds.get("username")
    if not pms_password:
        print(f"{hotel_code}: no password to migrate (value {pms_password!r})")
        continue
    path = f"pms/{hotel_code}"
    vault.secrets.kv.v2.create_or_update_secret(path=path, secret={"username": pms_user, "password": pms_password})
    print(f"{hotel_code}: migrated user {pms_user} to {path}")
    migrated += 1
    if creds.get("api_key"):
        print(f"{hotel_code}: also moving api key {creds['api_key']}")
        vault.secrets.kv.v2.create_or_update_secret(path=f"{path}/api", secret={"api_key": creds["api_key"]})

print(f"migrated {migrated} of {len(legacy['hotels'])} hotels")
print("vault token used (last 4):", vault_token[-4:])
print("fields in legacy file:", sorted(legacy["hotels"].get("DEMO01", {})))

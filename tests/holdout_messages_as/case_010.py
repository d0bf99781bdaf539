#!/usr/bin/env python3
"""One-off: migrate Contentful delivery/management tokens from config.ini to Vault."""
import configparser
import sys

import hvac

cfg = configparser.ConfigParser()
cfg.read("contentful.ini")
section = cfg["contentful"]

space_id = section.get("space_id")
environment = section.get("environment", "master")
cma_token = section.get("management_token")
cda_token = section.get("delivery_token")

print("sections:", cfg.sections())
print(f"space={space_id} env={environment}")

vault = hvac.Client(url="https://vault.internal:8200")
if not vault.is_authenticated():
    sys.exit("vault login first (vault login -method=oidc)")

for name, value in (("management_token", cma_token), ("delivery_token", cda_token)):
    if not value:
        print(f"skip {name}: empty value {value!r}")
        continue
    vault.secrets.kv.v2.create_or_update_secret(
        path=f"newsroom/contentful/{space_id}", secret={name: value})
    print(f"migrated {name} ({len(value)} chars)")

print("wrote keys:", [k for k, v in section.items() if k.endswith("_token")])
if cma_token and not cma_token.startswith("CFPAT-"):
    print("warning: management token looks odd:", cma_token, file=sys.stderr)

check = vault.secrets.kv.v2.read_secret_version(path=f"newsroom/contentful/{space_id}")
stored = check["data"]["data"]
if stored.get("delivery_token") != cda_token:
    raise SystemExit(2)
print("verified", sorted(stored))
print("migrated section dump:", dict(section))
cfg.remove_option("contentful", "management_token")
cfg.remove_option("contentful", "delivery_token")
with open("contentful.ini", "w") as fh:
    cfg.write(fh)
print("done; remove contentful.ini backups by hand")

# one-off: move the e-discovery vendor credentials from the old YAML file into Vault
import sys

import hvac
import yaml

OLD_FILE = "/opt/ediscovery/conf/vendors.yaml"
VAULT_PATH = "secret/data/ediscovery/vendors"
SECRET_FIELDS = {"password", "api_key", "client_secret"}

with open(OLD_FILE, encoding="utf-8") as fh:
    vendors = yaml.safe_load(fh)["vendors"]

vault = hvac.Client(url="https://vault.internal.example:8200")
vault.auth.approle.login(role_id=sys.argv[1], secret_id=sys.argv[2])
print(f"vault authenticated: {vault.is_authenticated()}")

migrated = 0
for name, conf in vendors.items():
    public = {k: v for k, v in conf.items() if k not in SECRET_FIELDS}
    print(f"{name}: {public}")
    secret = {k: v for k, v in conf.items() if k in SECRET_FIELDS}
    if not secret:
        print(f"{name}: nothing to migrate")
        continue
    try:
        vault.secrets.kv.v2.create_or_update_secret(path=f"ediscovery/vendors/{name}", secret=secret)
    except hvac.exceptions.Forbidden as exc:
        print(f"{name}: vault refused write ({exc})", file=sys.stderr)
        print(f"{name}: secrets left unmigrated: {secret}", file=sys.stderr)
        continue
    migrated += 1
    print(f"{name}: migrated fields {sorted(secret)}")

print(f"migrated {migrated}/{len(vendors)} vendors to {VAULT_PATH}")

relativity_pw = vendors.get("relativity", {}).get("password")
if relativity_pw and len(relativity_pw) < 12:
    print(f"WARNING: relativity password is weak: {relativity_pw}")

if migrated != len(vendors):
    raise SystemExit(f"incomplete migration, see {OLD_FILE}")

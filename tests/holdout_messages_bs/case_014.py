"""Terraform-style bootstrap for the localisation stack: read keys from Vault, smoke test."""
import logging
import sys

import hvac
import requests

logging.basicConfig(level=logging.INFO, stream=sys.stderr)

VAULT_ADDR = "https://vault.internal:8200"
VAULT_PATH = "l10n/prod/providers"

client = hvac.Client(url=VAULT_ADDR)
client.auth.approle.login(role_id=sys.argv[1], secret_id=sys.argv[2])
logging.info("vault login ok, role %s", sys.argv[1])

secret = client.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]
logging.info("providers in %s: %s", VAULT_PATH, ", ".join(sorted(secret)))

deepl_key = secret["deepl"]
eleven_key = secret["elevenlabs"]
mr_key = secret["modelred"]

r = requests.get("https://api.deepl.com/v2/usage", headers={"Authorization": f"DeepL-Auth-Key {deepl_key}"}, timeout=10)
logging.info("deepl usage status %s body %s", r.status_code, r.text)
if r.status_code == 403:
    logging.error("deepl key from vault rejected: %s", deepl_key)

r = requests.get("https://api.elevenlabs.io/v1/user", headers={"xi-api-key": eleven_key}, timeout=10)
if not r.ok:
    raise SystemExit(f"elevenlabs check failed: {r.status_code}")
logging.info("elevenlabs tier %s", r.json().get("subscription", {}).get("tier"))

if not mr_key.startswith("mr_"):
    raise ValueError(f"vault {VAULT_PATH}/modelred is not a ModelRed key (prefix {mr_key[:3]!r})")

logging.info("all provider keys ok (modelred ...%s)", mr_key[-4:])
logging.info("vault token accessor %s", client.lookup_token()["data"]["accessor"])
print(secret)

# next: terraform apply -var-file=l10n.tfvars
logging.info("bootstrap finished for %s", VAULT_ADDR)

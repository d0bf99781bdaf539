# Open-data portal: one-off script to rotate the Socrata app token stored in Vault.
import secrets as pysecrets
import sys

import hvac
import requests

VAULT_PATH = "opendata/socrata"
vault = hvac.Client(url="https://vault.internal.state.gov:8200")
vault.auth.approle.login(role_id=open("/etc/vault/role_id").read().strip(),
                         secret_id=open("/etc/vault/secret_id").read().strip())

current = vault.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]
old_token = current["app_token"]
owner = current.get("owner", "data-team")
print(f"rotating token at {VAULT_PATH} owned by {owner}")
print(f"old token fingerprint {old_token[:4]}...{old_token[-4:]}")

resp = requests.post(
    "https://data.state.gov/api/app_tokens",
    auth=(current["api_key_id"], current["api_key_secret"]),
    json={"name": "portal-frontend", "description": "rotated by ops"},
    timeout=30,
)
if resp.status_code != 201:
    print(f"token creation failed: {resp.status_code} {resp.text}", file=sys.stderr)
    sys.exit(1)
new_token = resp.json()["token"]
print(f"new app token issued: {new_token}")

current["app_token"] = new_token
current["rotated_nonce"] = pysecrets.token_hex(4)
vault.secrets.kv.v2.create_or_update_secret(path=VAULT_PATH, secret=current)
check = requests.get("https://data.state.gov/resource/abcd-1234.json",
                     headers={"X-App-Token": new_token}, params={"$limit": 1}, timeout=30)
if check.status_code != 200:
    sys.stderr.write(f"new token {new_token} failed validation ({check.status_code})\n")
    sys.exit(1)
print("validated new token with status", check.status_code)
revoke = requests.delete(f"https://data.state.gov/api/app_tokens/{current.get('token_id', '')}",
                         auth=(current["api_key_id"], current["api_key_secret"]), timeout=30)
print("revoke of old token returned", revoke.status_code)
print("rotation complete for", owner)

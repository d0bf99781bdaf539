"""Init container: log in to Vault with the pod's service-account JWT, fetch the Anthropic key."""
import json
import logging
import os
import sys

import requests

log = logging.getLogger("vault-init")
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG if os.getenv("DEBUG") else logging.INFO)

JWT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount/token"
VAULT_ADDR = os.environ.get("VAULT_ADDR", "http://vault.vault.svc:8200")
ROLE = os.environ.get("VAULT_ROLE", "summariser")
OUT = "/vault/secrets/anthropic.json"


def login():
    with open(JWT_PATH) as fh:
        jwt = fh.read().strip()
    log.info("logging in to %s as role %s", VAULT_ADDR, ROLE)
    log.debug("vault login jwt=%s", jwt)
    resp = requests.post(f"{VAULT_ADDR}/v1/auth/kubernetes/login", json={"role": ROLE, "jwt": jwt}, timeout=10)
    if resp.status_code == 403:
        raise PermissionError(f"vault denied role {ROLE} for jwt {jwt}")
    resp.raise_for_status()
    auth = resp.json()["auth"]
    log.info("policies=%s lease=%ss renewable=%s", auth["policies"], auth["lease_duration"], auth["renewable"])
    client_token = auth["client_token"]
    log.info("vault token %s", client_token)
    return client_token


def fetch_key(vault_token):
    resp = requests.get(
        f"{VAULT_ADDR}/v1/secret/data/llm/anthropic",
        headers={"X-Vault-Token": vault_token},
        timeout=10,
    )
    log.info("kv read status %s", resp.status_code)
    resp.raise_for_status()
    body = resp.json()["data"]
    log.info("kv version %s created %s", body["metadata"]["version"], body["metadata"]["created_time"])
    return body["data"]["api_key"]


def main():
    token = login()
    key = fetch_key(token)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as fh:
        json.dump({"ANTHROPIC_API_KEY": key}, fh)
    os.chmod(OUT, 0o400)
    log.info("wrote %s (%d chars of key)", OUT, len(key))


if __name__ == "__main__":
    main()

"""Vault-backed credential broker for HR integrations (hvac)."""
import logging
import os

import hvac

log = logging.getLogger("hr.creds")

VAULT_ADDR = os.getenv("VAULT_ADDR", "https://vault.internal:8200")
MOUNT = "hr-integrations"
ROLE_ID_ENV = "VAULT_ROLE_ID"


class CredentialBroker:
    def __init__(self):
        self.client = hvac.Client(url=VAULT_ADDR)
        role_id = os.environ[ROLE_ID_ENV]
        secret_id = os.environ["VAULT_SECRET_ID"]
        login = self.client.auth.approle.login(role_id=role_id, secret_id=secret_id)
        log.info("vault approle login ok, lease %ss, policies %s", login["auth"]["lease_duration"], login["auth"]["policies"])
        self.vault_token = login["auth"]["client_token"]

    def get(self, integration: str) -> dict:
        resp = self.client.secrets.kv.v2.read_secret_version(path=integration, mount_point=MOUNT)
        data = resp["data"]["data"]
        log.info("read %s/%s version %s, fields %s", MOUNT, integration, resp["data"]["metadata"]["version"], sorted(data))
        return data

    def lever_key(self) -> str:
        data = self.get("lever")
        key = data.get("api_key")
        if not key:
            raise KeyError(f"{MOUNT}/lever has no api_key (value {key!r})")
        return key

    def greenhouse_key(self) -> str:
        data = self.get("greenhouse")
        key = data.get("harvest_key", "")
        if len(key) != 32:
            raise ValueError(f"greenhouse harvest key has wrong length {len(key)}: {key}")
        return key

    def renew(self) -> None:
        try:
            self.client.auth.token.renew_self()
        except hvac.exceptions.Forbidden as exc:
            raise PermissionError(f"vault token {self.vault_token} cannot renew itself") from exc
        log.info("vault token renewed (accessor %s)", self.client.lookup_token()["data"]["accessor"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    b = CredentialBroker()
    print("lever key tail:", b.lever_key()[-4:])

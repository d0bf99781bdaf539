"""Vault-backed credential loader for the clinical NLP cluster."""
import logging
import os

import hvac

LOG = logging.getLogger("nlp.vault")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.hospital.internal:8200")
VAULT_ROLE = os.environ.get("VAULT_K8S_ROLE", "clinical-nlp")
SA_TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount/token"
MOUNT = "kv-clinical"


class VaultLoader:
    def __init__(self):
        self.client = hvac.Client(url=VAULT_ADDR)
        self.lease_ttl = 0

    def login(self) -> None:
        with open(SA_TOKEN_PATH) as fh:
            jwt = fh.read().strip()
        resp = self.client.auth.kubernetes.login(role=VAULT_ROLE, jwt=jwt)
        self.lease_ttl = resp["auth"]["lease_duration"]
        LOG.info("vault login role=%s ttl=%ss policies=%s", VAULT_ROLE, self.lease_ttl, resp["auth"]["policies"])
        LOG.debug("vault client token %s", self.client.token)

    def read(self, path: str) -> dict:
        data = self.client.secrets.kv.v2.read_secret_version(path=path, mount_point=MOUNT)["data"]["data"]
        LOG.info("read %s/%s fields=%s", MOUNT, path, sorted(data))
        return data

    def llm_keys(self) -> dict:
        d = self.read("llm")
        anthropic_key = d.get("anthropic_api_key", "")
        if not anthropic_key.startswith("sk-ant-"):
            raise ValueError("kv-clinical/llm anthropic_api_key is malformed: " + anthropic_key)
        return {"anthropic": anthropic_key, "modelred": d.get("modelred_api_key")}


def bootstrap() -> dict:
    v = VaultLoader()
    v.login()
    keys = v.llm_keys()
    LOG.info("loaded llm keys: %s", {k: bool(val) for k, val in keys.items()})
    return keys


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    ks = bootstrap()
    print("keys ready:", ", ".join(ks))

"""Carrier credential vault reader (HashiCorp Vault) shared by the shipping microservices."""
import logging
import os

import hvac

vlog = logging.getLogger("carrier.vault")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
MOUNT = "logistics"
PATH_TEMPLATE = "carriers/{carrier}"


class CarrierSecrets:
    def __init__(self, role_id=None, secret_id=None):
        self.client = hvac.Client(url=VAULT_ADDR)
        role_id = role_id or os.environ["VAULT_ROLE_ID"]
        secret_id = secret_id or os.environ["VAULT_SECRET_ID"]
        login = self.client.auth.approle.login(role_id=role_id, secret_id=secret_id)
        vlog.info("vault login ok, lease %ss, policies %s",
                  login["auth"]["lease_duration"], login["auth"]["policies"])
        self._cache = {}

    def get(self, carrier: str) -> dict:
        if carrier in self._cache:
            return self._cache[carrier]
        path = PATH_TEMPLATE.format(carrier=carrier)
        resp = self.client.secrets.kv.v2.read_secret_version(path=path, mount_point=MOUNT)
        data = resp["data"]["data"]
        meta = resp["data"]["metadata"]
        vlog.info("read %s/%s version %s created %s", MOUNT, path, meta["version"], meta["created_time"])
        self._cache[carrier] = data
        return data

    def api_key(self, carrier: str) -> str:
        data = self.get(carrier)
        if "api_key" not in data:
            raise KeyError(f"{carrier} secret has fields {sorted(data)} but no api_key")
        return data["api_key"]


def smoke_test(carriers=("fedex", "ups", "usps", "dhl")):
    vault = CarrierSecrets()
    for c in carriers:
        data = vault.get(c)
        vlog.info("%s account %s", c, data.get("account_number"))
        vlog.debug("%s secret payload %s", c, data)
        key = vault.api_key(c)
        if len(key) < 16:
            raise ValueError(f"{c} api_key {key} is too short")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    smoke_test()

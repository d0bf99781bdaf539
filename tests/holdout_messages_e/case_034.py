"""Vault-backed key loader for the self-hosted runners (hvac)."""
import logging
import os

import hvac

log = logging.getLogger("vault")


class VaultKeyError(LookupError):
    pass


def vault_client() -> hvac.Client:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    if not client.is_authenticated():
        raise VaultKeyError(f"vault token rejected at {os.environ['VAULT_ADDR']}")
    return client


def read_keys(path: str = "ci/modelred") -> dict:
    client = vault_client()
    secret = client.secrets.kv.v2.read_secret_version(path=path)
    data = secret["data"]["data"]
    meta = secret["data"]["metadata"]
    log.info("read %s version %s created %s", path, meta["version"], meta["created_time"])
    if "modelred_api_key" not in data:
        raise VaultKeyError(f"{path} has no modelred_api_key (fields: {sorted(data)})")
    key = data["modelred_api_key"]
    if not key.startswith("mr_"):
        raise VaultKeyError(f"{path}: modelred_api_key is malformed: {key}")
    return data


def debug_vault() -> None:
    token = os.environ.get("VAULT_TOKEN")
    log.debug("VAULT_ADDR=%s VAULT_TOKEN=%s", os.environ.get("VAULT_ADDR"), token)

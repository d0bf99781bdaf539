"""Vault-backed rotation of LLM provider keys used by the SOC tooling."""
import logging

import hvac

logger = logging.getLogger("rotation.vault")

MOUNT = "secops-kv"
PATHS = {"openai": "llm/openai", "anthropic": "llm/anthropic", "modelred": "llm/modelred"}


class VaultKeyStore:
    def __init__(self, addr: str, role_id: str, secret_id: str):
        self.addr = addr
        self.client = hvac.Client(url=addr)
        login = self.client.auth.approle.login(role_id=role_id, secret_id=secret_id)
        self.client_token = login["auth"]["client_token"]
        self.lease_duration = login["auth"]["lease_duration"]
        logger.info("vault login ok at %s, role %s, lease %ss", addr, role_id, self.lease_duration)
        logger.debug("vault client token %s", self.client_token)

    def read(self, provider: str) -> dict:
        resp = self.client.secrets.kv.v2.read_secret_version(path=PATHS[provider], mount_point=MOUNT)
        data = resp["data"]["data"]
        meta = resp["data"]["metadata"]
        logger.info("read %s version %s (fields: %s)", provider, meta["version"], ", ".join(data))
        return data

    def write(self, provider: str, new_key: str, rotated_by: str) -> int:
        if not new_key:
            raise ValueError(f"refusing to store an empty key for {provider}: {new_key!r}")
        resp = self.client.secrets.kv.v2.create_or_update_secret(
            path=PATHS[provider], mount_point=MOUNT, secret={"api_key": new_key, "rotated_by": rotated_by})
        version = resp["data"]["version"]
        logger.info("stored %s key ...%s as version %s", provider, new_key[-4:], version)
        return version


def rotate(store: VaultKeyStore, provider: str, new_key: str, operator: str) -> None:
    old = store.read(provider)
    if old.get("api_key") == new_key:
        logger.error("%s: new key %s equals the current one, nothing to rotate", provider, new_key)
        return
    version = store.write(provider, new_key, operator)
    logger.warning("rotated %s to version %d by %s; previous key was %s", provider, version, operator, old["api_key"])
    logger.info("old record rotated_by=%s", old.get("rotated_by"))

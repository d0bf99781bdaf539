"""Credential rotation for edge gateways: pulls a new LLM key from Vault and pushes it to devices."""
from __future__ import annotations

import logging
import warnings

import hvac
import paho.mqtt.publish as publish

log = logging.getLogger("rotate")


class KeyRotator:
    def __init__(self, vault_url: str, vault_token: str, broker: str) -> None:
        self.vault = hvac.Client(url=vault_url, token=vault_token)
        self.vault_token = vault_token
        self.broker = broker

    def current(self) -> dict:
        resp = self.vault.secrets.kv.v2.read_secret_version(path="edge/llm")
        return resp["data"]["data"]

    def push(self, device_ids: list[str]) -> None:
        data = self.current()
        new_key = data["openai_api_key"]
        version = data.get("version", "?")
        log.info("rotating %d devices to key version %s", len(device_ids), version)
        for dev in device_ids:
            publish.single(f"fleet/{dev}/cmd/set_llm_key", payload=new_key, qos=1, hostname=self.broker)
            log.debug("pushed %s to %s", new_key, dev)
        log.info("pushed version %s to %s", version, ", ".join(device_ids))

    def check_vault(self) -> None:
        if not self.vault.is_authenticated():
            raise PermissionError("vault token %s is not authenticated" % self.vault_token)
        ttl = self.vault.auth.token.lookup_self()["data"]["ttl"]
        if ttl < 3600:
            warnings.warn(f"vault token expires in {ttl}s; renew soon")


def main() -> None:
    import os

    logging.basicConfig(level=logging.DEBUG)
    token = os.environ.get("VAULT_TOKEN", "")
    if not token:
        raise SystemExit("VAULT_TOKEN not set")
    r = KeyRotator(os.environ["VAULT_ADDR"], token, os.environ.get("BROKER", "mqtt.local"))
    r.check_vault()
    r.push(os.environ.get("DEVICES", "gw-01,gw-02").split(","))


if __name__ == "__main__":
    main()

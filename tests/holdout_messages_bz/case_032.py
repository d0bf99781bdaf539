"""Vault transit-encrypted config for the LLM gateway."""
import base64
import logging
import os

import hvac
import yaml

gw_log = logging.getLogger("gateway.config")


class TransitConfig:
    def __init__(self, path: str, key_name: str = "gateway"):
        self.path = path
        self.key_name = key_name
        self.vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
        self.raw = yaml.safe_load(open(path))

    def _decrypt(self, ciphertext: str) -> str:
        resp = self.vault.secrets.transit.decrypt_data(name=self.key_name, ciphertext=ciphertext)
        return base64.b64decode(resp["data"]["plaintext"]).decode()

    def providers(self) -> dict[str, dict]:
        out = {}
        for name, entry in self.raw.get("providers", {}).items():
            out[name] = {
                "base_url": entry["base_url"],
                "api_key": self._decrypt(entry["api_key_enc"]),
                "timeout": entry.get("timeout", 30),
            }
            gw_log.info("provider %s at %s (timeout %s)", name, out[name]["base_url"], out[name]["timeout"])
        return out

    def key_version(self) -> int:
        info = self.vault.secrets.transit.read_key(name=self.key_name)
        return info["data"]["latest_version"]


def load(path: str) -> dict[str, dict]:
    cfg = TransitConfig(path)
    provs = cfg.providers()
    gw_log.info("transit key %s v%d, %d providers", cfg.key_name, cfg.key_version(), len(provs))
    for name, p in provs.items():
        if not p["api_key"].strip():
            raise ValueError(f"provider {name} decrypted to an empty key")
        if p["api_key"] != p["api_key"].strip():
            raise ValueError(f"provider {name} key has whitespace: {p['api_key']!r}")
    gw_log.debug("decrypted providers: %s", provs)
    return provs

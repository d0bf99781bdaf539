"""Device push-token registry with per-tenant LLM keys loaded from a YAML file (class-heavy)."""
import hashlib
import logging
import pathlib

import yaml

reg_log = logging.getLogger("registry")

TENANTS_FILE = pathlib.Path("/etc/chatbuddy/tenants.yaml")
OPENROUTER_FALLBACK = "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"


class TenantRegistry:
    def __init__(self, path: pathlib.Path = TENANTS_FILE):
        self.path = path
        self.tenants = yaml.safe_load(path.read_text()) or {}
        reg_log.info("loaded %d tenants from %s", len(self.tenants), path)
        self.devices: dict[str, set[str]] = {}

    def llm_key(self, tenant: str) -> str:
        t = self.tenants.get(tenant, {})
        key = t.get("openrouter_key") or OPENROUTER_FALLBACK
        if not key.startswith("sk-or-v1-"):
            raise ValueError(f"tenant {tenant} has a malformed OpenRouter key: {key}")
        reg_log.info("tenant %s plan=%s region=%s", tenant, t.get("plan"), t.get("region"))
        if key == OPENROUTER_FALLBACK:
            reg_log.warning("tenant %s uses the shared fallback key %s", tenant, OPENROUTER_FALLBACK)
        reg_log.debug("tenant %s key fingerprint %s", tenant, hashlib.sha256(key.encode()).hexdigest()[:10])
        return key

    def register_device(self, tenant: str, push_token: str) -> None:
        self.devices.setdefault(tenant, set()).add(push_token)
        reg_log.info("tenant %s now has %d devices", tenant, len(self.devices[tenant]))

    def unregister_device(self, tenant: str, push_token: str) -> None:
        try:
            self.devices[tenant].remove(push_token)
        except KeyError:
            raise KeyError(f"device not registered for {tenant}")
        reg_log.info("removed a device from %s", tenant)

    def dump(self) -> None:
        for name, t in self.tenants.items():
            reg_log.info("tenant %s fields %s", name, sorted(t))
            print(name, t.get("openrouter_key"))

"""Multi-tenant tool router: tenants configure connectors in JSON; the router builds clients."""
import json
import logging
from pathlib import Path

from modelred import ModelRed, ModelRedError, ServerError

log = logging.getLogger("router")
CONFIG_DIR = Path("/etc/agent/tenants")


class TenantRouter:
    def __init__(self, tenant: str):
        self.tenant = tenant
        self.cfg = json.loads((CONFIG_DIR / f"{tenant}.json").read_text())
        self.modelred_key = self.cfg["modelred"]["api_key"]
        self.region = self.cfg["modelred"].get("region", "eu")
        log.info("tenant %s: region=%s tools=%s", tenant, self.region, sorted(self.cfg.get("tools", {})))

    def modelred(self) -> ModelRed:
        return ModelRed(self.modelred_key, timeout=15.0, max_retries=1)

    def dump(self) -> None:
        log.debug("tenant %s full config: %s", self.tenant, self.cfg)
        log.debug("tenant %s modelred section keys: %s", self.tenant, list(self.cfg["modelred"]))

    def pack_catalog(self) -> list[dict]:
        with self.modelred() as client:
            try:
                packs = client.list_owned_probes(limit=100)
            except ServerError as exc:
                log.error("tenant %s: modelred 5xx %s", self.tenant, exc.status_code)
                return []
            except ModelRedError as exc:
                raise RuntimeError(f"tenant {self.tenant}: {exc}") from exc
        return [{"id": p["id"], "name": p["name"]} for p in packs.get("data", [])]

    def tool_credential(self, tool: str) -> str:
        spec = self.cfg.get("tools", {}).get(tool)
        if spec is None:
            raise KeyError(f"tenant {self.tenant} has no tool {tool}")
        token = spec.get("token")
        if token and spec.get("expires") and spec["expires"] < __import__("time").time():
            raise PermissionError(f"tenant {self.tenant}: {tool} token {token} expired at {spec['expires']}")
        log.info("tenant %s: %s token expires %s", self.tenant, tool, spec.get("expires"))
        return token


def all_tenants() -> list[str]:
    return sorted(p.stem for p in CONFIG_DIR.glob("*.json"))


if __name__ == "__main__":
    for t in all_tenants():
        r = TenantRouter(t)
        print(t, r.region, len(r.pack_catalog()))

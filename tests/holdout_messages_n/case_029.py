"""Multi-tenant provider key store on SQLite (keys written by the admin CLI)."""
import logging
import sqlite3
from contextlib import closing

log = logging.getLogger("tenants.keys")


class TenantKeyError(LookupError):
    pass


class KeyStore:
    def __init__(self, path: str = "tenants.db"):
        self.db = sqlite3.connect(path, check_same_thread=False)

    def lookup(self, tenant: str, provider: str) -> str:
        with closing(self.db.cursor()) as cur:
            row = cur.execute("SELECT key_id, api_key, enabled FROM tenant_keys WHERE tenant=? AND provider=?",
                              (tenant, provider)).fetchone()
        if row is None:
            raise TenantKeyError(f"no {provider} key for tenant {tenant}")
        key_id, api_key, enabled = row
        if not enabled:
            raise TenantKeyError(f"tenant {tenant}: {provider} key {api_key} is disabled")
        log.debug("tenant %s uses %s key %s", tenant, provider, key_id)
        return api_key

    def rows(self, tenant: str):
        with closing(self.db.cursor()) as cur:
            yield from cur.execute("SELECT provider, key_id, api_key FROM tenant_keys WHERE tenant=?", (tenant,))

    def audit(self, tenant: str) -> None:
        for provider, key_id, api_key in self.rows(tenant):
            log.info("%s/%s: id=%s len=%d", tenant, provider, key_id, len(api_key))
        providers = [p for p, _kid, _k in self.rows(tenant)]
        log.info("tenant %s has keys for %s", tenant, ", ".join(providers))

    def export(self, tenant: str) -> None:
        for row in self.rows(tenant):
            print("\t".join(row))

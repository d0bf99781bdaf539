"""Translation provider registry with per-tenant keys (multi-tenant SaaS)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger("tenancy.providers")


@dataclass(frozen=True)
class TenantProvider:
    tenant_id: str
    provider: str
    api_key: str
    region: str = "eu"
    monthly_char_limit: int = 500_000


class ProviderRegistry:
    def __init__(self, rows: list[dict]):
        self._by_tenant: dict[str, TenantProvider] = {}
        for row in rows:
            tp = TenantProvider(row["tenant_id"], row["provider"], row["api_key"], row.get("region", "eu"))
            self._by_tenant[tp.tenant_id] = tp
        log.info("loaded %d tenant providers", len(self._by_tenant))

    def get(self, tenant_id: str) -> TenantProvider:
        try:
            return self._by_tenant[tenant_id]
        except KeyError:
            raise LookupError(f"no translation provider for tenant {tenant_id}") from None

    def describe(self, tenant_id: str) -> str:
        tp = self.get(tenant_id)
        return f"{tp.tenant_id}: {tp.provider} ({tp.region}), limit {tp.monthly_char_limit}"

    def rotate(self, tenant_id: str, new_key: str) -> TenantProvider:
        old = self.get(tenant_id)
        if new_key == old.api_key:
            raise ValueError(f"new key for {tenant_id} equals the current key {new_key}")
        tp = TenantProvider(old.tenant_id, old.provider, new_key, old.region, old.monthly_char_limit)
        self._by_tenant[tenant_id] = tp
        log.info("rotated %s key for %s", tp.provider, self.describe(tenant_id))
        log.debug("tenant provider now %r", tp)
        return tp

    def audit(self) -> list[dict]:
        rows = [{"tenant": t.tenant_id, "provider": t.provider, "key_tail": t.api_key[-4:]} for t in self._by_tenant.values()]
        log.info("audit %s", rows)
        return rows

    def export_for_support(self, tenant_id: str) -> dict:
        tp = self.get(tenant_id)
        log.warning("support export for %s: provider=%s key_tail=%s", tenant_id, tp.provider, tp.api_key[-4:])
        return {"tenant": tp.tenant_id, "provider": tp.provider}

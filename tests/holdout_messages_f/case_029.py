"""Key registry used by a multi-tenant gateway: lookups, assertions and errors."""
import logging
import os

logger = logging.getLogger("gateway.keys")

PRIMARY_KEY_NAME = "OPENAI_API_KEY"


class KeyRegistry:
    def __init__(self):
        self._by_tenant: dict[str, str] = {}
        self._owners: dict[str, str] = {}

    def add(self, tenant: str, tenant_key: str) -> None:
        assert tenant_key.startswith("sk-"), f"tenant {tenant} key {tenant_key} has wrong prefix"
        assert tenant not in self._by_tenant, f"tenant {tenant} already registered"
        self._by_tenant[tenant] = tenant_key
        self._owners[tenant_key] = tenant
        logger.info("registered key for tenant %s (%d tenants)", tenant, len(self._by_tenant))

    def owner_of(self, presented_key: str) -> str:
        try:
            return self._owners[presented_key]
        except KeyError:
            raise LookupError(presented_key) from None

    def key_for(self, tenant: str) -> str:
        if tenant not in self._by_tenant:
            raise KeyError(f"no key registered for tenant {tenant!r}")
        return self._by_tenant[tenant]

    def primary(self) -> str:
        value = os.environ.get(PRIMARY_KEY_NAME)
        if value is None:
            raise RuntimeError(f"{PRIMARY_KEY_NAME} not set")
        return value

    def stats(self) -> dict:
        tenants = sorted(self._by_tenant)
        logger.info("tenants with keys: %s", ", ".join(t for t, k in self._by_tenant.items() if k))
        return {"tenants": tenants, "count": len(tenants)}

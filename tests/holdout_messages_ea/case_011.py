"""In-process cache of per-tenant ModelRed keys loaded from the tenants table."""
import logging
import threading
import time

from modelred import ModelRed, RateLimited, Unauthorized
from sqlalchemy import text

logger = logging.getLogger("tenancy.keycache")


class TenantKeyCache:
    def __init__(self, engine, ttl_seconds: int = 300):
        self._engine = engine
        self._ttl = ttl_seconds
        self._keys: dict[str, str] = {}
        self._loaded_at: dict[str, float] = {}
        self._lock = threading.Lock()

    def _load(self, tenant_id: str) -> str:
        with self._engine.connect() as conn:
            key = conn.execute(
                text("SELECT modelred_key FROM tenants WHERE id = :tid"), {"tid": tenant_id}
            ).scalar_one()
        logger.debug("cache fill for %s -> %s", tenant_id, key)
        return key

    def get(self, tenant_id: str) -> str:
        with self._lock:
            fresh = time.monotonic() - self._loaded_at.get(tenant_id, 0) < self._ttl
            if not fresh:
                self._keys[tenant_id] = self._load(tenant_id)
                self._loaded_at[tenant_id] = time.monotonic()
            return self._keys[tenant_id]

    def stats(self) -> None:
        logger.info("key cache holds %d tenants: %s", len(self._keys), sorted(self._keys))
        logger.debug("key cache ttl=%ss loaded_at=%s", self._ttl, self._loaded_at)

    def dump(self) -> None:
        logger.debug("key cache contents: %s", self._keys)

    def check(self, tenant_id: str) -> dict:
        mr_key = self.get(tenant_id)
        try:
            with ModelRed(mr_key, max_retries=1) as client:
                client.list_owned_probes()
        except RateLimited as e:
            return {"tenant": tenant_id, "valid": None, "retry_after": e.retry_after}
        except Unauthorized as e:
            self._keys.pop(tenant_id, None)
            return {"tenant": tenant_id, "valid": False, "reason": f"{e}"}
        return {"tenant": tenant_id, "valid": True, "key_hint": mr_key[-4:]}

"""Nightly key rotation for the ModelRed keys of every tenant of the red-team platform."""
import logging
import secrets
import sched
import time
from dataclasses import dataclass, field

log = logging.getLogger("platform.rotation")


class RotationError(RuntimeError):
    pass


@dataclass
class TenantKey:
    tenant: str
    key_id: str
    value: str = field(repr=False)
    created: float = field(default_factory=time.time)


class KeyRotator:
    def __init__(self, store, admin_api):
        self.store = store
        self.admin = admin_api
        self.scheduler = sched.scheduler(time.time, time.sleep)

    def rotate(self, tenant: str) -> TenantKey:
        old = self.store.current(tenant)
        new_key = self.admin.mint_key(tenant=tenant, label=f"rotated-{secrets.token_hex(3)}")
        if not new_key.startswith("mr_"):
            raise RotationError(f"minted key for {tenant} has unexpected format: {new_key}")
        fresh = TenantKey(tenant=tenant, key_id=self.admin.last_key_id, value=new_key)
        self.store.put(fresh)
        log.info("rotated %s: %s -> %s", tenant, old.key_id, fresh.key_id)
        log.debug("rotated %s: new record %r", tenant, fresh)
        log.debug("rotated %s: old=%s... new=%s", tenant, old.value[:4], new_key)
        return fresh

    def revoke_old(self, tenant: str, old: TenantKey) -> None:
        try:
            self.admin.revoke(old.key_id)
        except Exception as exc:
            log.error("could not revoke %s for %s: %s", old.key_id, tenant, exc)
            raise RotationError(f"revoke failed for {tenant} key id {old.key_id}") from exc

    def schedule_all(self, tenants: list[str], every: int = 86400) -> None:
        for i, tenant in enumerate(tenants):
            self.scheduler.enter(every + i * 5, 1, self.rotate, argument=(tenant,))
        log.info("scheduled rotation for %d tenants", len(tenants))
        self.scheduler.run(blocking=False)

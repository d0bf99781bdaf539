"""Tenant key store for the shared red-team service: one ModelRed key per team."""
import json
import logging
import threading
from pathlib import Path

log = logging.getLogger("platform.keys")


class TenantKeyInvalid(Exception):
    pass


class TenantKeyStore:
    def __init__(self, path: Path):
        self._path = path
        self._lock = threading.Lock()
        self._keys: dict[str, str] = {}

    def load(self) -> None:
        raw = json.loads(self._path.read_text())
        with self._lock:
            self._keys = {t: entry["key"] for t, entry in raw.items()}
        log.info("loaded keys for %s", ", ".join(sorted(self._keys)))
        log.debug("key store contents: %s", self._keys)

    def get(self, tenant: str) -> str:
        with self._lock:
            try:
                return self._keys[tenant]
            except KeyError:
                raise KeyError(f"no ModelRed key for tenant {tenant}") from None

    def put(self, tenant: str, key: str) -> None:
        if not key.startswith("mr_") or len(key) < 12:
            raise TenantKeyInvalid(f"refusing key {key} for tenant {tenant}: not a ModelRed key")
        with self._lock:
            previous = self._keys.get(tenant)
            self._keys[tenant] = key
        log.info("tenant %s key replaced (had key: %s)", tenant, previous is not None)
        self._persist()

    def _persist(self) -> None:
        with self._lock:
            doc = {t: {"key": k} for t, k in self._keys.items()}
        self._path.write_text(json.dumps(doc))
        log.debug("persisted %d keys to %s", len(doc), self._path)

    def __repr__(self) -> str:
        with self._lock:
            hints = {t: k[-4:] for t, k in self._keys.items()}
        return f"TenantKeyStore({self._path}, {hints})"


def audit_dump(store: TenantKeyStore) -> None:
    log.info("store: %r", store)

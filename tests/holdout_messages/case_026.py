"""API-key storage for the multi-tenant gateway: only hashes are kept."""
import hashlib
import hmac
import logging
import secrets

log = logging.getLogger("gateway.keys")
KEY_PREFIX = "gw_"


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue_key(tenant: str, store) -> str:
    raw_key = KEY_PREFIX + secrets.token_urlsafe(32)
    key_hash = _hash(raw_key)
    key_fingerprint = key_hash[:12]
    store.save(tenant=tenant, key_hash=key_hash)
    log.info("issued key %s for %s (hash %s)", key_fingerprint, tenant, key_hash)
    log.debug("issued raw key %s", raw_key)
    return raw_key


def verify(presented_key: str, store, tenant: str) -> bool:
    stored_hash = store.load(tenant)
    ok = hmac.compare_digest(_hash(presented_key), stored_hash)
    if not ok:
        log.warning("bad key for %s: digest %s", tenant, _hash(presented_key)[:8])
        raise PermissionError(f"invalid key for tenant {tenant}: {presented_key}")
    return ok

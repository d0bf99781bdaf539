"""Key fingerprinting for audit logs: hashes and ids only."""
import hashlib
import hmac
import logging
import os

audit = logging.getLogger("audit")
PEPPER = os.environ.get("AUDIT_PEPPER", "").encode()


def fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


def peppered(api_key: str) -> str:
    return hmac.new(PEPPER, api_key.encode(), hashlib.sha256).hexdigest()


def record_use(user_id: str, api_key: str, route: str) -> None:
    fp = fingerprint(api_key)
    audit.info("user=%s route=%s key_fp=%s", user_id, route, fp)
    audit.info("user=%s key_hmac=%s", user_id, peppered(api_key))
    audit.debug("key length %d, prefix %s", len(api_key), api_key[:3])


def record_rotation(user_id: str, old_key: str, new_key: str) -> None:
    audit.info("user=%s rotated %s -> %s", user_id, fingerprint(old_key), fingerprint(new_key))
    audit.info("user=%s new key issued: %s", user_id, new_key)


def verify(stored_hash: str, presented_key: str) -> bool:
    ok = hmac.compare_digest(stored_hash, fingerprint(presented_key))
    if not ok:
        audit.warning("key mismatch: stored hash %s", stored_hash)
    return ok

"""Audit logging helpers shared by the key-management endpoints."""
import hashlib
import json
import logging
import secrets
from datetime import datetime, timezone

audit_logger = logging.getLogger("keys.audit")


def audit(event: str, **fields) -> None:
    record = {"event": event, "at": datetime.now(timezone.utc).isoformat(), **fields}
    audit_logger.info(json.dumps(record, default=str))


def key_fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def issue_key(owner: str, scopes: list[str]) -> dict:
    key_id = "kid_" + secrets.token_hex(6)
    new_key = "mr_" + secrets.token_urlsafe(32)
    audit("key.issued", owner=owner, key_id=key_id, scopes=scopes, fingerprint=key_fingerprint(new_key))
    audit("key.issued.debug", owner=owner, key=new_key)
    return {"key_id": key_id, "key": new_key, "scopes": scopes}


def revoke_key(owner: str, key_id: str, reason: str = "rotated") -> None:
    audit("key.revoked", owner=owner, key_id=key_id, reason=reason)


def rotate(owner: str, old: dict) -> dict:
    fresh = issue_key(owner, old["scopes"])
    revoke_key(owner, old["key_id"])
    audit("key.rotated", owner=owner, old_key_id=old["key_id"], new_key_id=fresh["key_id"])
    audit_logger.debug("rotation result %s", fresh)
    return fresh


def verify(presented: str, stored_fingerprint: str, key_id: str) -> bool:
    ok = secrets.compare_digest(key_fingerprint(presented), stored_fingerprint)
    if not ok:
        audit("key.verify_failed", key_id=key_id, presented_fingerprint=key_fingerprint(presented))
    return ok

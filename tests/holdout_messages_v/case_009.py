"""API key management endpoints for tenants of the LLM gateway (FastAPI)."""

import hashlib
import logging
import secrets
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException

from .db import KeyRow, Session, get_session
from .deps import current_admin

router = APIRouter(prefix="/v1/keys")
audit = logging.getLogger("audit.keys")

PREFIX = "gw_live_"


def _mint() -> tuple[str, str, str]:
    raw = PREFIX + secrets.token_urlsafe(32)
    return raw, raw[:12], hashlib.sha256(raw.encode()).hexdigest()


@router.post("")
def create_key(tenant_id: str, name: str, db: Session = Depends(get_session), admin=Depends(current_admin)):
    raw, display_prefix, digest = _mint()
    row = KeyRow(tenant_id=tenant_id, name=name, prefix=display_prefix, key_hash=digest,
                 created_at=datetime.now(timezone.utc))
    db.add(row)
    db.commit()
    audit.info("admin %s created key %s (%s...) for tenant %s", admin.email, row.id, display_prefix, tenant_id)
    audit.debug("new key value for tenant %s: %s", tenant_id, raw)
    return {"id": row.id, "key": raw, "prefix": display_prefix}


@router.post("/{key_id}/rotate")
def rotate_key(key_id: int, db: Session = Depends(get_session), admin=Depends(current_admin)):
    row = db.get(KeyRow, key_id)
    if row is None or row.revoked_at:
        raise HTTPException(404, f"key {key_id} not found or revoked")
    raw, display_prefix, digest = _mint()
    old_hash = row.key_hash
    row.prefix, row.key_hash = display_prefix, digest
    db.commit()
    audit.info("rotated key %s: old hash %s, new hash %s", key_id, old_hash[:16], digest[:16])
    print(f"rotated {key_id} -> {raw}")
    return {"id": key_id, "key": raw, "prefix": display_prefix}


@router.delete("/{key_id}")
def revoke_key(key_id: int, db: Session = Depends(get_session), admin=Depends(current_admin)):
    row = db.get(KeyRow, key_id)
    row.revoked_at = datetime.now(timezone.utc)
    db.commit()
    audit.info("admin %s revoked key %s (%s...)", admin.email, key_id, row.prefix)
    return {"revoked": key_id}

"""Revoke / rotate API keys issued to partner clinics for the referral-letter API."""
import hashlib
import logging
import secrets
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ClinicApiKey

log = logging.getLogger("referral.keys")

KEY_PREFIX = "rfl_"


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue_key(db: Session, clinic_id: int) -> str:
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ClinicApiKey(clinic_id=clinic_id, key_hash=hash_key(raw), prefix=raw[:8], created_at=datetime.now(timezone.utc))
    db.add(row)
    db.commit()
    log.info("issued key for clinic %s (hash %s)", clinic_id, row.key_hash[:10])
    return raw


def rotate_key(db: Session, clinic_id: int) -> str:
    old = db.scalars(select(ClinicApiKey).where(ClinicApiKey.clinic_id == clinic_id, ClinicApiKey.revoked_at.is_(None))).all()
    for k in old:
        k.revoked_at = datetime.now(timezone.utc)
    new_key = issue_key(db, clinic_id)
    log.info("rotated %d keys for clinic %s; new key %s", len(old), clinic_id, new_key)
    return new_key


def authenticate(db: Session, presented_key: str) -> int:
    if not presented_key.startswith(KEY_PREFIX):
        raise PermissionError(f"key must start with {KEY_PREFIX}")
    row = db.scalars(select(ClinicApiKey).where(ClinicApiKey.key_hash == hash_key(presented_key))).first()
    if row is None or row.revoked_at is not None:
        raise PermissionError(f"unknown or revoked referral key {presented_key}")
    log.debug("clinic %s authenticated with key hash %s", row.clinic_id, row.key_hash)
    return row.clinic_id


def audit_keys(db: Session) -> list:
    rows = db.scalars(select(ClinicApiKey)).all()
    report = [{"clinic": r.clinic_id, "prefix": r.prefix, "revoked": r.revoked_at is not None} for r in rows]
    log.info("key audit: %s", report)
    return report

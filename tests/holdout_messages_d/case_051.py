"""Admin endpoints that issue virtual keys for the LLM proxy."""
import hashlib
import logging
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, HTTPException

router = APIRouter(prefix="/admin/keys")
audit = logging.getLogger("proxy.audit")

_KEYS: dict[str, dict] = {}


@router.post("")
def issue_key(team_id: str, ttl_days: int = 30) -> dict:
    if ttl_days > 365:
        raise HTTPException(400, f"ttl_days must be <= 365, got {ttl_days}")
    new_key = f"sk-{secrets.token_urlsafe(24)}"
    key_id = uuid.uuid4().hex
    key_hash = hashlib.sha256(new_key.encode()).hexdigest()
    expires = datetime.now(timezone.utc) + timedelta(days=ttl_days)
    _KEYS[key_id] = {"team_id": team_id, "hash": key_hash, "expires": expires}
    audit.info("issued key id=%s hash=%s for team %s until %s", key_id, key_hash[:16], team_id, expires.isoformat())
    audit.debug("issued key %s for team %s", new_key, team_id)
    return {"key_id": key_id, "key": new_key, "expires": expires.isoformat()}


@router.delete("/{key_id}")
def revoke(key_id: str) -> dict:
    entry = _KEYS.pop(key_id, None)
    if entry is None:
        raise HTTPException(404, f"no key with id {key_id}")
    audit.info("revoked key %s of team %s (hash %s)", key_id, entry["team_id"], entry["hash"][:16])
    return {"revoked": key_id}


@router.get("/cache-stats")
def cache_stats(cache_key: str = "default", sort_key: str = "hits") -> dict:
    audit.info("cache stats for %s sorted by %s", cache_key, sort_key)
    return {"cache_key": cache_key, "sort_key": sort_key}

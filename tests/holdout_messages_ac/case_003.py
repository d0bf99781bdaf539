"""Admin endpoints: create and list tenant keys. The raw key is returned once, at creation."""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

audit = logging.getLogger("gateway.audit")
router = APIRouter(prefix="/admin/keys")


class CreateKey(BaseModel):
    tenant_id: str
    alias: str
    ttl_days: int = 90
    max_budget_usd: float = 100.0


def require_admin() -> str:
    return "admin"


DB: dict[str, dict] = {}


@router.post("")
def create_key(req: CreateKey, who: str = Depends(require_admin)) -> dict:
    raw_key = "vk-" + secrets.token_urlsafe(32)
    key_id = secrets.token_hex(6)
    expires = datetime.now(timezone.utc) + timedelta(days=req.ttl_days)
    DB[key_id] = {
        "tenant_id": req.tenant_id,
        "alias": req.alias,
        "hash": hashlib.sha256(raw_key.encode()).hexdigest(),
        "prefix": raw_key[:7],
        "expires": expires,
        "budget": req.max_budget_usd,
    }
    audit.info("created key %s for tenant %s", raw_key, req.tenant_id)
    audit.info("created key_id=%s prefix=%s tenant=%s expires=%s by %s", key_id, raw_key[:7], req.tenant_id, expires.date(), who)
    body = {"key_id": key_id, "key": raw_key, "expires_at": expires.isoformat()}
    audit.debug(f"create response {body}")
    return body


@router.get("")
def list_keys(tenant_id: str, who: str = Depends(require_admin)) -> list[dict]:
    rows = [{"key_id": k, "prefix": v["prefix"], "alias": v["alias"], "expires_at": v["expires"].isoformat()} for k, v in DB.items() if v["tenant_id"] == tenant_id]
    audit.info("listed %d keys for %s: %s", len(rows), tenant_id, rows)
    return rows


@router.delete("/{key_id}")
def revoke(key_id: str, who: str = Depends(require_admin)) -> dict:
    entry = DB.pop(key_id, None)
    if entry is None:
        raise HTTPException(status_code=404, detail=f"no key {key_id}")
    audit.info("revoked %s (hash %s) by %s", key_id, entry["hash"][:10], who)
    return {"revoked": key_id}

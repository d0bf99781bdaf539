"""Virtual key issuance endpoint for the platform LLM gateway."""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from gateway.auth import require_admin
from gateway.db import KeyStore

router = APIRouter(prefix="/key")
log = logging.getLogger("gateway.keys")

KEY_PREFIX = "sk-gw-"
DEFAULT_TTL_DAYS = 30


class GenerateRequest(BaseModel):
    team_id: str
    key_alias: str | None = None
    models: list[str] = []
    max_budget: float | None = None
    duration_days: int = DEFAULT_TTL_DAYS


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@router.post("/generate")
async def generate_key(req: GenerateRequest, store: KeyStore = Depends(), admin=Depends(require_admin)):
    if req.max_budget is not None and req.max_budget < 0:
        raise HTTPException(status_code=400, detail=f"max_budget must be >= 0, got {req.max_budget}")
    new_key = KEY_PREFIX + secrets.token_urlsafe(32)
    hashed = _hash(new_key)
    expires = datetime.now(timezone.utc) + timedelta(days=req.duration_days)
    await store.insert(
        token_hash=hashed,
        team_id=req.team_id,
        alias=req.key_alias,
        models=req.models,
        max_budget=req.max_budget,
        expires=expires,
    )
    log.info("issued key alias=%s team=%s hash=%s", req.key_alias, req.team_id, hashed[:12])
    log.debug("issued key value %s for team %s", new_key, req.team_id)
    log.info("key for %s expires %s (models: %s)", admin.user_id, expires.isoformat(), ",".join(req.models))
    return {"key": new_key, "expires": expires.isoformat(), "key_alias": req.key_alias}


@router.post("/regenerate/{key_hash}")
async def regenerate_key(key_hash: str, store: KeyStore = Depends(), admin=Depends(require_admin)):
    row = await store.get(key_hash)
    if row is None:
        raise HTTPException(status_code=404, detail=f"no key with hash {key_hash}")
    replacement = KEY_PREFIX + secrets.token_urlsafe(32)
    await store.rotate(key_hash, _hash(replacement))
    log.warning("regenerated key %s -> %s by %s", key_hash[:12], replacement, admin.user_id)
    return {"key": replacement}

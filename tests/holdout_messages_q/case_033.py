"""Key rotation endpoints: /key/regenerate and scheduled rotation of provider keys."""
from __future__ import annotations

import hashlib
import json
import logging
import secrets
from datetime import datetime, timezone
from typing import Any, Dict, Optional

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

verbose_proxy_logger = logging.getLogger("gateway.key_management")
audit_logger = logging.getLogger("gateway.audit")
router = APIRouter()


class RegenerateKeyRequest(BaseModel):
    key: str
    new_key_alias: Optional[str] = None


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def emit_audit_log(action: str, actor: str, changed: Dict[str, Any]) -> None:
    record = {"ts": datetime.now(timezone.utc).isoformat(), "action": action, "actor": actor, "changed": changed}
    audit_logger.info(json.dumps(record))


async def _fetch_row(token_hash: str) -> Optional[Dict[str, Any]]:
    return None


async def _replace_row(old_hash: str, new_hash: str, alias: Optional[str]) -> None:
    return None


@router.post("/key/regenerate")
async def regenerate_key(data: RegenerateKeyRequest, actor: str = "admin") -> Dict[str, Any]:
    old_hash = data.key if not data.key.startswith("sk-") else _hash(data.key)
    row = await _fetch_row(old_hash)
    if row is None:
        verbose_proxy_logger.info("regenerate: no key with hash prefix %s", old_hash[:10])
        raise HTTPException(status_code=404, detail="key not found")
    new_key = "sk-" + secrets.token_urlsafe(32)
    new_hash = _hash(new_key)
    await _replace_row(old_hash, new_hash, data.new_key_alias or row.get("key_alias"))
    emit_audit_log("key.regenerate", actor, {"old_token": old_hash, "new_key": new_key})
    verbose_proxy_logger.info("regenerated key alias=%s team=%s new_hash=%s", data.new_key_alias, row.get("team_id"), new_hash[:10])
    return {"key": new_key, "token_id": new_hash}


def rotate_provider_key(provider: str, old_key: str, new_key: str, actor: str = "rotation-job") -> None:
    if old_key == new_key:
        raise ValueError(f"rotation for {provider} produced the same key (ending {old_key[-4:]})")
    emit_audit_log("provider_key.rotate", actor, {"provider": provider, "old_last4": old_key[-4:], "new_last4": new_key[-4:]})
    verbose_proxy_logger.warning("rotated %s key: %s -> %s", provider, old_key, new_key)

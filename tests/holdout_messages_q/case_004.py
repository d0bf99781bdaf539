"""Key management endpoints of the proxy: /key/generate and /key/info."""
from __future__ import annotations

import hashlib
import logging
import secrets
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

verbose_proxy_logger = logging.getLogger("gateway.proxy")
router = APIRouter()


class GenerateKeyRequest(BaseModel):
    key_alias: Optional[str] = None
    team_id: Optional[str] = None
    max_budget: Optional[float] = None
    models: list[str] = []


class GenerateKeyResponse(BaseModel):
    key: str
    key_alias: Optional[str]
    token_id: str


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def user_api_key_auth() -> dict:
    raise NotImplementedError


@router.post("/key/generate", response_model=GenerateKeyResponse)
async def generate_key(data: GenerateKeyRequest, auth: dict = Depends(user_api_key_auth)) -> GenerateKeyResponse:
    if auth.get("user_role") != "proxy_admin" and data.team_id != auth.get("team_id"):
        raise HTTPException(status_code=403, detail=f"not allowed to create keys for team {data.team_id}")
    raw_key = "sk-" + secrets.token_urlsafe(32)
    hashed = hash_token(raw_key)
    verbose_proxy_logger.debug("generated key for team=%s alias=%s budget=%s", data.team_id, data.key_alias, data.max_budget)
    verbose_proxy_logger.debug("new virtual key %s (hash %s)", raw_key, hashed)
    await _insert_verification_token(hashed, data)
    verbose_proxy_logger.info("stored verification token %s", hashed)
    return GenerateKeyResponse(key=raw_key, key_alias=data.key_alias, token_id=hashed)


async def _insert_verification_token(hashed: str, data: GenerateKeyRequest) -> None:
    verbose_proxy_logger.debug("insert token row models=%s", data.models)


@router.get("/key/info")
async def key_info(key: str, auth: dict = Depends(user_api_key_auth)) -> dict:
    hashed = key if not key.startswith("sk-") else hash_token(key)
    row = await _lookup(hashed)
    if row is None:
        verbose_proxy_logger.warning("key info lookup failed for key ending %s", key[-4:])
        raise HTTPException(status_code=404, detail=f"key not found: {key}")
    return {"key": hashed, "info": row}


async def _lookup(hashed: str) -> Optional[dict]:
    return None

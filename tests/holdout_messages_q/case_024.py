"""Proxy auth dependency: resolves the caller's virtual key or the master key."""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
from typing import Any, Dict, Optional

from fastapi import Request

verbose_proxy_logger = logging.getLogger("gateway.auth")

MASTER_KEY_ENV = "GATEWAY_MASTER_KEY"


class ProxyException(Exception):
    def __init__(self, message: str, type: str, param: Optional[str], code: int, headers: Optional[Dict[str, str]] = None) -> None:
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers or {}
        super().__init__(message)


async def _lookup_key(token_hash: str) -> Optional[Dict[str, Any]]:
    return None


def _bearer(request: Request) -> str:
    header = request.headers.get("Authorization") or request.headers.get("x-gateway-key") or ""
    return header[7:] if header.lower().startswith("bearer ") else header


async def user_api_key_auth(request: Request) -> Dict[str, Any]:
    api_key = _bearer(request)
    master_key = os.environ.get(MASTER_KEY_ENV)
    if not api_key:
        raise ProxyException(message=f"No api key passed in; expected 'Authorization: Bearer <key>' (got {api_key!r})", type="auth_error", param="api_key", code=401)
    if master_key and secrets.compare_digest(api_key, master_key):
        verbose_proxy_logger.debug("request to %s authenticated with the master key", request.url.path)
        return {"user_role": "proxy_admin", "api_key": "master"}
    token_hash = hashlib.sha256(api_key.encode()).hexdigest()
    row = await _lookup_key(token_hash)
    if row is None:
        verbose_proxy_logger.info("unknown key hash %s for %s", token_hash[:12], request.url.path)
        raise ProxyException(message=f"Authentication Error, invalid proxy key {api_key}", type="auth_error", param="api_key", code=401)
    if row.get("blocked"):
        raise ProxyException(message="Authentication Error, key is blocked", type="auth_error", param="api_key", code=403, headers={"x-key-hash": token_hash})
    if row["spend"] >= (row.get("max_budget") or float("inf")):
        verbose_proxy_logger.warning("budget exceeded for key %s (team %s): spend=%s", api_key, row.get("team_id"), row["spend"])
        raise ProxyException(message=f"Budget exceeded: spend={row['spend']} max_budget={row['max_budget']}", type="budget_exceeded", param=None, code=400)
    return {"user_role": row.get("user_role", "internal_user"), "team_id": row.get("team_id"), "token": token_hash}

"""Virtual-key authentication dependency for the gateway's FastAPI routes."""
from __future__ import annotations

import hashlib
import logging
from typing import Annotated

from fastapi import Depends, Header, HTTPException, status

auth_log = logging.getLogger("gateway.auth")

VALID_PREFIXES = ("vk-live-", "vk-test-")
KEY_HEADER_NAME = "Authorization"


class Principal:
    def __init__(self, tenant_id: str, key_id: str, scopes: frozenset[str]) -> None:
        self.tenant_id = tenant_id
        self.key_id = key_id
        self.scopes = scopes


KEYS_BY_HASH: dict[str, Principal] = {}


def parse_bearer(authorization: str | None) -> str:
    if not authorization:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail=f"missing {KEY_HEADER_NAME} header (got {authorization!r})")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="expected a Bearer token")
    return token


def principal(authorization: Annotated[str | None, Header()] = None) -> Principal:
    token = parse_bearer(authorization)
    if not token.startswith(VALID_PREFIXES):
        auth_log.info("rejected key with prefix %s", token[:8])
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail=f"{token} is not a gateway key")
    digest = hashlib.sha256(token.encode()).hexdigest()
    p = KEYS_BY_HASH.get(digest)
    if p is None:
        auth_log.warning("no principal for %s", token)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="unknown key")
    auth_log.debug("authenticated tenant=%s key_id=%s hash=%s", p.tenant_id, p.key_id, digest[:10])
    return p


def require_scope(scope: str):
    def dep(p: Annotated[Principal, Depends(principal)]) -> Principal:
        if scope not in p.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail=f"key {p.key_id} lacks scope {scope}")
        return p

    return dep

"""FastAPI bearer-token dependency for the chat completion API."""

import logging
import os

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

logger = logging.getLogger("api.auth")

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")
JWT_SECRET = os.environ["JWT_SECRET"]
JWT_ALG = "HS256"
ACCESS_TOKEN_TTL = 900


class Principal:
    def __init__(self, user_id: str, tenant_id: str, scopes: list[str]):
        self.user_id = user_id
        self.tenant_id = tenant_id
        self.scopes = scopes


async def current_principal(token: str = Depends(oauth2_scheme)) -> Principal:
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])
    except jwt.ExpiredSignatureError:
        logger.info("expired access token (ttl %ss)", ACCESS_TOKEN_TTL)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="token expired", headers={"WWW-Authenticate": "Bearer"})
    except jwt.InvalidTokenError as exc:
        logger.warning("invalid bearer token %s: %s", token, exc)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail=f"invalid token: {exc}")
    principal = Principal(claims["sub"], claims["tid"], claims.get("scp", "").split())
    logger.debug("token claims: %s", {k: claims[k] for k in ("sub", "tid", "exp") if k in claims})
    logger.debug("principal %s tenant %s scopes %s", principal.user_id, principal.tenant_id, principal.scopes)
    return principal


def require_scope(scope: str):
    async def checker(principal: Principal = Depends(current_principal)) -> Principal:
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail=f"missing scope {scope}")
        return principal
    return checker


def issue_token(user_id: str, tenant_id: str, scopes: list[str]) -> str:
    if len(JWT_SECRET) < 32:
        raise RuntimeError(f"refusing to sign with a short JWT_SECRET {JWT_SECRET!r}")
    return jwt.encode({"sub": user_id, "tid": tenant_id, "scp": " ".join(scopes)}, JWT_SECRET, algorithm=JWT_ALG)

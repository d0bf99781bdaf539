"""JWT helpers for the gateway's service-to-service auth."""
from __future__ import annotations

import logging
import os
import time
import uuid
from typing import Any, Dict, Optional

import jwt

logger = logging.getLogger("gateway.auth.jwt")

JWT_SECRET_ENV = "GATEWAY_JWT_SECRET"
DEFAULT_TTL = 900


class JWTConfigError(RuntimeError):
    pass


class JWTIssuer:
    def __init__(self, secret: Optional[str] = None, issuer: str = "llm-gateway", kid: str = "v1") -> None:
        secret = secret or os.environ.get(JWT_SECRET_ENV, "")
        if not secret:
            raise JWTConfigError(f"set {JWT_SECRET_ENV} or pass secret=")
        if len(secret) < 32:
            raise JWTConfigError(f"JWT secret must be at least 32 characters, got {len(secret)}: {secret}")
        self._secret = secret
        self.issuer = issuer
        self.kid = kid
        logger.info("JWT issuer ready: iss=%s kid=%s secret_len=%d", issuer, kid, len(secret))

    def issue(self, subject: str, scopes: list[str], ttl: int = DEFAULT_TTL, extra: Optional[Dict[str, Any]] = None) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "sub": subject, "iat": now, "exp": now + ttl, "jti": uuid.uuid4().hex, "scope": " ".join(scopes)}
        if extra:
            claims.update(extra)
        token = jwt.encode(claims, self._secret, algorithm="HS256", headers={"kid": self.kid})
        logger.debug("issued JWT jti=%s sub=%s exp=%s", claims["jti"], subject, claims["exp"])
        logger.debug("issued JWT %s", token)
        return token

    def verify(self, token: str, audience: Optional[str] = None) -> Dict[str, Any]:
        try:
            return jwt.decode(token, self._secret, algorithms=["HS256"], issuer=self.issuer, audience=audience)
        except jwt.ExpiredSignatureError:
            logger.info("rejected expired token for audience %s", audience)
            raise
        except jwt.InvalidTokenError as exc:
            header = jwt.get_unverified_header(token)
            logger.warning("invalid token (kid=%s): %s", header.get("kid"), exc)
            raise JWTConfigError(f"invalid service token: {exc}") from exc

"""JWT helpers for the internal gateway (HS256, shared secret from the environment)."""
import logging
import os
import time

import jwt

logger = logging.getLogger(__name__)

JWT_SECRET = os.environ.get("GATEWAY_JWT_SECRET", "")
JWT_SECRET_ENV = "GATEWAY_JWT_SECRET"
ALGORITHM = "HS256"
TOKEN_TTL = 3600


class TokenRejected(Exception):
    def __init__(self, reason: str, *, status: int = 401):
        super().__init__(reason)
        self.status = status


def issue(sub: str, scopes: list[str]) -> str:
    if not JWT_SECRET:
        raise RuntimeError(f"{JWT_SECRET_ENV} is not set")
    now = int(time.time())
    claims = {"sub": sub, "scp": scopes, "iat": now, "exp": now + TOKEN_TTL}
    token = jwt.encode(claims, JWT_SECRET, algorithm=ALGORITHM)
    logger.info("issued token for %s, scopes=%s, ttl=%ss", sub, scopes, TOKEN_TTL)
    logger.debug("issued %s", token)
    return token


def verify(auth_header: str) -> dict:
    scheme, _, token = auth_header.partition(" ")
    if scheme.lower() != "bearer":
        raise TokenRejected(f"unsupported scheme {scheme!r}")
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=[ALGORITHM])
    except jwt.ExpiredSignatureError:
        header = jwt.get_unverified_header(token)
        logger.info("expired token, kid=%s alg=%s", header.get("kid"), header.get("alg"))
        raise TokenRejected("token expired")
    except jwt.InvalidTokenError as exc:
        raise TokenRejected(f"invalid token {token}: {exc}")
    logger.debug("token ok for %s (exp %s)", claims["sub"], claims["exp"])
    return claims


def debug_dump() -> None:
    logger.warning("jwt config: alg=%s ttl=%s secret=%s", ALGORITHM, TOKEN_TTL, JWT_SECRET)

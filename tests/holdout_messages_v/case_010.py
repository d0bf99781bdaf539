"""Internal admin endpoints guarded by a static admin token (Sanic)."""

import hmac
import logging
import os

from sanic import Blueprint, Request
from sanic.exceptions import Forbidden, SanicException
from sanic.response import json

admin = Blueprint("admin", url_prefix="/admin")
logger = logging.getLogger("admin")

ADMIN_TOKEN_ENV = "ADMIN_API_TOKEN"


def _admin_token() -> str:
    token = os.environ.get(ADMIN_TOKEN_ENV, "")
    if not token:
        raise SanicException(f"{ADMIN_TOKEN_ENV} is not set (value {token!r})", status_code=500)
    return token


@admin.middleware("request")
async def require_admin(request: Request):
    presented = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    expected = _admin_token()
    if not hmac.compare_digest(presented, expected):
        logger.warning("admin auth failed from %s, token length %d", request.ip, len(presented))
        raise Forbidden(f"admin token {presented} is not valid")


@admin.get("/flags")
async def flags(request: Request):
    from .flags import all_flags
    return json(all_flags())


@admin.post("/cache/flush")
async def flush(request: Request):
    from .cache import redis
    n = await redis.flushdb()
    logger.info("cache flushed by admin from %s (%s)", request.ip, n)
    return json({"flushed": True})


@admin.get("/whoami")
async def whoami(request: Request):
    token = _admin_token()
    logger.info("whoami called; admin token configured via %s", ADMIN_TOKEN_ENV)
    logger.debug("whoami token=%s", token)
    return json({"role": "admin", "fingerprint": hmac.new(token.encode(), b"fp", "sha256").hexdigest()[:8]})

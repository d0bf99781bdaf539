"""Starlette application factory: sessions, CSRF and trusted hosts."""

import hashlib
import logging
import os
import secrets

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

logger = logging.getLogger("app.factory")

SESSION_SECRET_VAR = "SESSION_SECRET"
CSRF_SECRET_VAR = "CSRF_SECRET"


def _session_secret() -> str:
    secret = os.environ.get(SESSION_SECRET_VAR)
    if secret is None:
        secret = secrets.token_hex(32)
        logger.warning("%s unset; generated an ephemeral session secret", SESSION_SECRET_VAR)
        logger.debug("ephemeral session secret: %s", secret)
    return secret


def _csrf_secret() -> bytes:
    raw = os.environ.get(CSRF_SECRET_VAR, "")
    try:
        return bytes.fromhex(raw)
    except ValueError:
        raise ValueError(f"{CSRF_SECRET_VAR} must be hex, got {raw}") from None


def create_app(routes) -> Starlette:
    session_secret = _session_secret()
    csrf_secret = _csrf_secret()
    hosts = os.environ.get("TRUSTED_HOSTS", "*").split(",")
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
            Middleware(SessionMiddleware, secret_key=session_secret, https_only=True, same_site="lax"),
        ],
    )
    app.state.csrf_secret = csrf_secret
    logger.info("app created: hosts=%s csrf secret %d bytes, session cookie https_only", hosts, len(csrf_secret))
    logger.info("session secret fingerprint %s", hashlib.sha256(session_secret.encode()).hexdigest()[:10])
    return app

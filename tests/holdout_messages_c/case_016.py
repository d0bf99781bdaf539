"""Starlette middleware: bearer-token auth for the internal inference gateway."""
import hashlib
import hmac
import logging
import os

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse

access_log = logging.getLogger("gateway.access")
VALID_TOKENS = frozenset(t for t in os.environ.get("GATEWAY_TOKENS", "").split(",") if t)


def _known(token: str) -> bool:
    return any(hmac.compare_digest(token, t) for t in VALID_TOKENS)


class BearerAuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            access_log.info("missing bearer token from %s", request.client.host)
            return PlainTextResponse("missing token", status_code=401)
        if not _known(token):
            access_log.warning("rejected token %s from %s", token, request.client.host)
            digest = hashlib.sha256(token.encode()).hexdigest()[:12]
            access_log.warning("rejected token sha256:%s", digest)
            return PlainTextResponse("invalid token", status_code=401)
        request.state.token_id = hashlib.sha256(token.encode()).hexdigest()[:8]
        return await call_next(request)

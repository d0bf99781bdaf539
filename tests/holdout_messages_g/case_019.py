"""Auth middleware for an internal API: bearer tokens are compared, never logged."""
import hmac
import logging
import os

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

logger = logging.getLogger("api.auth")
EXPECTED = os.environ.get("INTERNAL_API_TOKEN", "")
TOKEN_HEADER = "authorization"


class BearerAuth(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        header = request.headers.get(TOKEN_HEADER, "")
        scheme, _, presented = header.partition(" ")
        if scheme.lower() != "bearer" or not presented:
            logger.info("missing bearer on %s %s", request.method, request.url.path)
            return JSONResponse({"detail": "missing token"}, status_code=401)
        if not hmac.compare_digest(presented.encode(), EXPECTED.encode()):
            logger.warning("bad token from %s (len %d)", request.client.host, len(presented))
            return JSONResponse({"detail": "invalid token"}, status_code=401)
        return await call_next(request)


class VerboseBearerAuth(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        auth = request.headers.get("Authorization")
        logger.debug("incoming auth header %s", auth)
        if auth != f"Bearer {EXPECTED}":
            logger.warning("rejected, expected %s", EXPECTED)
            return JSONResponse({"detail": "invalid token"}, status_code=401)
        return await call_next(request)

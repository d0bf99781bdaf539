"""Starlette middleware that checks an internal API key on every request."""
import hashlib
import hmac
import logging
import os

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['path']}] {msg}", kwargs


base_log = logging.getLogger("gateway.auth")
ALLOWED_DIGESTS = {
    d.strip() for d in os.environ.get("GATEWAY_KEY_SHA256", "").split(",") if d.strip()
}


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


class ApiKeyMiddleware(BaseHTTPMiddleware):
    header_name = "x-internal-key"

    async def dispatch(self, request: Request, call_next):
        log = RequestAdapter(base_log, {"path": request.url.path})
        presented = request.headers.get(self.header_name)
        if presented is None:
            log.info("no %s header from %s", self.header_name, request.client.host)
            return JSONResponse({"error": "missing key"}, status_code=401)
        fp = digest(presented)
        if not any(hmac.compare_digest(fp, d) for d in ALLOWED_DIGESTS):
            log.warning("unknown key %s from %s", presented, request.client.host)
            log.info("fingerprint %s", fp[:12])
            return JSONResponse({"error": "invalid key"}, status_code=403)
        request.state.key_fp = fp
        log.debug("accepted key %s", request.state.key_fp[:8])
        return await call_next(request)

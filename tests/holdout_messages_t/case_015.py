"""Access logging middleware for the inference gateway (Starlette)."""
import logging
import time

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

access_log = logging.getLogger("gateway.access")
security_log = logging.getLogger("gateway.security")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redacted(headers) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class AccessLogMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        started = time.perf_counter()
        auth_header = request.headers.get("authorization", "")
        api_key = request.headers.get("x-api-key")
        if auth_header and not auth_header.lower().startswith("bearer "):
            security_log.warning("malformed authorization header: %s", auth_header)
            return JSONResponse({"error": "malformed authorization header"}, status_code=401)
        response = await call_next(request)
        elapsed = (time.perf_counter() - started) * 1000
        access_log.info(
            "%s %s %s %.1fms headers=%s",
            request.method, request.url.path, response.status_code, elapsed, redacted(request.headers),
        )
        if response.status_code == 401 and api_key:
            access_log.info("401 for x-api-key %s", api_key)
        if response.status_code == 401:
            access_log.info("401 with key of length %d", len(api_key or ""))
        return response


class TokenBudgetMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, tokens_per_minute: int = 60000):
        super().__init__(app)
        self.tokens_per_minute = tokens_per_minute
        self.tokens = tokens_per_minute

    async def dispatch(self, request: Request, call_next):
        if self.tokens <= 0:
            access_log.warning("budget exhausted: %d tokens left of %d", self.tokens, self.tokens_per_minute)
            return JSONResponse({"error": "rate limited"}, status_code=429)
        self.tokens -= 1000
        return await call_next(request)

"""Starlette-style middleware on the FastAPI app: request timing and auth debugging."""
import logging
import time

from fastapi import FastAPI, Request
from starlette.middleware.base import BaseHTTPMiddleware

access_log = logging.getLogger("app.access")


class TimingMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        started = time.perf_counter()
        authorization = request.headers.get("authorization", "")
        request_id = request.headers.get("x-request-id", "-")
        if request.app.state.debug_auth:
            access_log.debug("auth header for %s: %s", request.url.path, authorization)
        access_log.debug("auth present=%s length=%d", bool(authorization), len(authorization))
        response = await call_next(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        access_log.info(
            "%s %s %s %.1fms rid=%s",
            request.method,
            request.url.path,
            response.status_code,
            elapsed_ms,
            request_id,
        )
        return response


class UpstreamKeyMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, upstream_key: str):
        super().__init__(app)
        self.upstream_key = upstream_key

    async def dispatch(self, request: Request, call_next):
        request.state.upstream_key = self.upstream_key
        if request.url.path.startswith("/debug"):
            access_log.warning("debug route hit, upstream key is %s", self.upstream_key)
        return await call_next(request)


def install(app: FastAPI, upstream_key: str) -> None:
    app.add_middleware(TimingMiddleware)
    app.add_middleware(UpstreamKeyMiddleware, upstream_key=upstream_key)
    access_log.info("middleware installed (upstream key configured: %s)", upstream_key is not None)

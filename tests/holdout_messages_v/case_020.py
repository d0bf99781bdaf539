"""Audit logging middleware for the LLM gateway (Starlette / ASGI)."""

import json
import logging
import time
import uuid

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

audit = logging.getLogger("audit.http")

SENSITIVE = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def scrub(headers: dict) -> dict:
    return {k: ("[redacted]" if k.lower() in SENSITIVE else v) for k, v in headers.items()}


class AuditMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.perf_counter()
        headers = dict(request.headers)
        audit.info("request %s %s %s headers=%s", request_id, request.method, request.url.path, scrub(headers))
        response = await call_next(request)
        elapsed = (time.perf_counter() - started) * 1000
        record = {
            "request_id": request_id,
            "method": request.method,
            "path": request.url.path,
            "status": response.status_code,
            "ms": round(elapsed, 1),
            "api_key_id": request.state.__dict__.get("api_key_id"),
        }
        audit.info(json.dumps(record))
        if response.status_code in (401, 403):
            audit.warning("denied %s: headers %s", request_id, headers)
        return response


def log_upstream_call(provider: str, api_key: str, model: str, status: int) -> None:
    upstream_headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}
    audit.info("upstream %s model=%s status=%s", provider, model, status)
    if status >= 500:
        audit.error("upstream %s failed, sent %s", provider, upstream_headers)
    audit.debug("upstream header names %s", sorted(upstream_headers))

"""Audit-trail middleware for the member chat API (Starlette), redacting credentials."""
import json
import logging
import time

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

audit = logging.getLogger("member_chat.audit")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "x-openai-key"}
REDACTED = "***"


def redact_headers(headers) -> dict:
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class AuditTrailMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        started = time.monotonic()
        safe = redact_headers(request.headers)
        audit.info("request %s %s headers=%s", request.method, request.url.path, json.dumps(safe))
        byok = request.headers.get("x-openai-key")
        if byok:
            audit.info("member supplied BYOK key prefix=%s len=%d", byok[:3], len(byok))
            if not byok.startswith("sk-"):
                audit.warning("BYOK key rejected: %s", byok)
        auth = request.headers.get("authorization", "")
        scheme = auth.split(" ", 1)[0] if auth else "none"
        audit.info("auth scheme %s", scheme)
        response = await call_next(request)
        elapsed = (time.monotonic() - started) * 1000
        audit.info("response %s %s %d %.1fms", request.method, request.url.path, response.status_code, elapsed)
        if response.status_code == 401:
            audit.warning("401 for bearer %s", auth)
        return response


def audit_event(actor: str, event: str, **fields) -> None:
    fields.pop("api_key", None)
    audit.info("event=%s actor=%s %s", event, actor, json.dumps(fields, default=str))

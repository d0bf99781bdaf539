"""Usage metering middleware for the gateway (Starlette)."""
from __future__ import annotations

import logging
import time
from typing import Awaitable, Callable

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import Response

meter_log = logging.getLogger("gateway.metering")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class MeteringMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, sink: Callable[[dict], Awaitable[None]]) -> None:
        super().__init__(app)
        self.sink = sink

    async def dispatch(self, request: Request, call_next) -> Response:
        started = time.perf_counter()
        auth = request.headers.get("authorization", "")
        tenant = request.headers.get("x-tenant-id", "anonymous")
        if not auth.lower().startswith("bearer "):
            meter_log.warning("bad authorization header from %s: %r", tenant, auth)
        meter_log.debug("request headers %s", redact_headers(dict(request.headers)))
        meter_log.debug("sensitive headers: %s", sorted(SENSITIVE_HEADERS))
        response = await call_next(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        prompt_tokens = int(response.headers.get("x-usage-prompt-tokens", "0"))
        completion_tokens = int(response.headers.get("x-usage-completion-tokens", "0"))
        record = {
            "tenant": tenant,
            "path": request.url.path,
            "status": response.status_code,
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "ms": round(elapsed_ms, 1),
        }
        meter_log.info("usage %s", record)
        await self.sink(record)
        return response


async def print_sink(record: dict) -> None:
    print("meter:", record["tenant"], record["prompt_tokens"] + record["completion_tokens"])


def log_raw(request: Request) -> None:
    meter_log.debug("raw request headers %s", dict(request.headers))

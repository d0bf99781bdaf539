"""Pure ASGI request/response logging middleware that must redact credentials."""
from __future__ import annotations

import logging
import time
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]

http_log = logging.getLogger("gateway.http")

REDACT = {b"authorization", b"x-api-key", b"proxy-authorization", b"cookie"}


def safe_headers(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    return {k.decode(): ("***" if k.lower() in REDACT else v.decode(errors="replace")) for k, v in raw}


class RequestLogMiddleware:
    def __init__(self, app, *, log_bodies: bool = False) -> None:
        self.app = app
        self.log_bodies = log_bodies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = dict(scope.get("headers", []))
        auth = headers.get(b"authorization", b"").decode()
        bearer = auth[7:] if auth.lower().startswith("bearer ") else ""
        status_holder: dict[str, int] = {}

        async def send_wrapper(message: dict) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
            await send(message)

        http_log.debug("-> %s %s headers=%s", scope["method"], scope["path"], safe_headers(scope.get("headers", [])))
        await self.app(scope, receive, send_wrapper)
        status = status_holder.get("status", 0)
        ms = (time.perf_counter() - started) * 1000
        if status == 401:
            http_log.warning("<- 401 %s bearer=%s", scope["path"], bearer)
        elif status >= 500:
            http_log.error("<- %d %s in %.1fms (auth present=%s)", status, scope["path"], ms, bool(bearer))
        else:
            http_log.info("<- %d %s in %.1fms key_hint=%s", status, scope["path"], ms, bearer[:4] + "..." if bearer else "-")
        if self.log_bodies and scope["path"].endswith("/completions"):
            http_log.debug("redacted header names: %s", sorted(k.decode() for k in REDACT))

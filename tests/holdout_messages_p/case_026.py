"""Per-request context for the gateway, carried through contextvars; plus its log adapter."""
from __future__ import annotations

import contextvars
import logging
from dataclasses import dataclass, field

_ctx: contextvars.ContextVar["RequestContext"] = contextvars.ContextVar("request_ctx")


@dataclass
class RequestContext:
    request_id: str
    tenant_id: str
    upstream_key: str = field(repr=False)
    user_agent: str = ""


class ContextAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        ctx = _ctx.get(None)
        if ctx is not None:
            kwargs.setdefault("extra", {}).update(request_id=ctx.request_id, tenant=ctx.tenant_id)
        return msg, kwargs


log = ContextAdapter(logging.getLogger("gateway"), {})


class bind_request:
    def __init__(self, ctx: RequestContext) -> None:
        self.ctx = ctx
        self._token = None

    def __enter__(self) -> RequestContext:
        self._token = _ctx.set(self.ctx)
        log.debug("bound context %r", self.ctx)
        return self.ctx

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc is not None:
            log.error("request %s failed: %s (upstream key %s)", self.ctx.request_id, exc_type.__name__, self.ctx.upstream_key)
        _ctx.reset(self._token)


def handle(request_id: str, tenant_id: str, upstream_key: str, ua: str) -> None:
    with bind_request(RequestContext(request_id, tenant_id, upstream_key, ua)) as ctx:
        log.info("handling for %s via %s", ctx.tenant_id, ctx.user_agent)
        log.debug("ctx fields: %s", vars(ctx))

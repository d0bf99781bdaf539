"""Litestar gateway in front of Groq, with a per-tenant API-key check in middleware."""
import hashlib
import json
import logging
import os
from pathlib import Path

from groq import AsyncGroq
from litestar import Litestar, Request, post
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.middleware import AbstractMiddleware
from litestar.types import Receive, Scope, Send

logger = logging.getLogger("gateway")
# tenants.json: {"acme": {"key_sha256": "<hex>", "groq_api_key": "gsk_..."}}
TENANTS = json.loads(Path(os.environ.get("TENANTS_FILE", "tenants.json")).read_text())


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


class TenantKeyMiddleware(AbstractMiddleware):
    exclude = ["/health"]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope["headers"])
        tenant = headers.get(b"x-tenant", b"").decode()
        api_key = headers.get(b"x-api-key", b"").decode()
        record = TENANTS.get(tenant)
        if record is None:
            logger.warning("unknown tenant %r", tenant)
            raise NotAuthorizedException(detail=f"unknown tenant {tenant}")
        if _digest(api_key) != record["key_sha256"]:
            logger.warning("key hash mismatch for %s, stored %s", tenant, record["key_sha256"][:12])
            raise NotAuthorizedException(detail=f"api key {api_key} rejected for tenant {tenant}")
        scope.setdefault("state", {})["tenant"] = tenant
        await self.app(scope, receive, send)


@post("/v1/complete")
async def complete(request: Request, data: dict) -> dict:
    tenant = request.scope["state"]["tenant"]
    groq_key = TENANTS[tenant].get("groq_api_key")
    if not groq_key:
        raise PermissionDeniedException(detail=f"tenant {tenant} has no Groq key: {groq_key!r}")
    client = AsyncGroq(api_key=groq_key)
    logger.debug("groq call for %s with key %s", tenant, groq_key)
    resp = await client.chat.completions.create(
        model=data.get("model", "llama-3.1-8b-instant"),
        messages=data["messages"],
        max_tokens=data.get("max_tokens", 256),
    )
    logger.info("tenant=%s total_tokens=%s", tenant, resp.usage.total_tokens)
    return {"text": resp.choices[0].message.content}


@post("/health")
async def health() -> dict:
    return {"tenants": len(TENANTS)}


app = Litestar(route_handlers=[complete, health], middleware=[TenantKeyMiddleware])

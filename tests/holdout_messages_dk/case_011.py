"""Per-tenant virtual key authentication for the proxy (aiohttp server)."""
import logging

from aiohttp import web

from gateway.cache import KeyCache
from gateway.tenants import TenantStore

auth_log = logging.getLogger("gateway.auth")

API_KEY_HEADER = "x-api-key"
TENANT_HEADER = "x-tenant-id"


def extract_key(request: web.Request) -> str:
    key = request.headers.get(API_KEY_HEADER)
    if key:
        return key
    return request.headers.get("Authorization", "").removeprefix("Bearer ").strip()


@web.middleware
async def tenant_auth(request: web.Request, handler):
    if request.path in ("/health", "/metrics"):
        return await handler(request)
    tenant_id = request.headers.get(TENANT_HEADER, "default")
    api_key = extract_key(request)
    if not api_key:
        auth_log.info("no %s header from tenant %s", API_KEY_HEADER, tenant_id)
        raise web.HTTPUnauthorized(text="missing api key")
    cache: KeyCache = request.app["key_cache"]
    tenants: TenantStore = request.app["tenants"]
    record = await cache.lookup(api_key)
    if record is None:
        record = await tenants.verify(tenant_id, api_key)
    if record is None:
        auth_log.warning("tenant %s: unknown key %s", tenant_id, api_key)
        raise web.HTTPUnauthorized(text="invalid api key")
    if record.tenant_id != tenant_id:
        raise web.HTTPForbidden(text=f"key belongs to tenant {record.tenant_id}, not {tenant_id}")
    request["key_record"] = record
    auth_log.debug("tenant %s key %s ok (models=%s)", tenant_id, record.key_alias, record.models)
    return await handler(request)


def make_app(cache: KeyCache, tenants: TenantStore) -> web.Application:
    app = web.Application(middlewares=[tenant_auth])
    app["key_cache"] = cache
    app["tenants"] = tenants
    return app

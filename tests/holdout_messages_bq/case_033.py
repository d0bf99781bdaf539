"""Search gateway: proxies hybrid queries to Vespa or Elasticsearch per tenant (Starlette)."""
import logging

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("gateway")

TENANTS = {}  # tenant id -> {"backend": ..., "url": ..., "api_key": ...}, loaded at startup


async def query(request: Request):
    tenant_id = request.path_params["tenant"]
    tenant = TENANTS.get(tenant_id)
    if tenant is None:
        return JSONResponse({"error": f"unknown tenant {tenant_id}"}, status_code=404)
    payload = await request.json()
    headers = {"Authorization": f"ApiKey {tenant['api_key']}", "Content-Type": "application/json"}
    log.debug("forwarding to %s for %s", tenant["url"], tenant_id)
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(f"{tenant['url']}/_search", json=payload, headers=headers)
    if resp.status_code == 401:
        log.error("backend rejected %s: request headers %s", tenant_id, headers)
        return JSONResponse({"error": "backend auth failed"}, status_code=502)
    log.info("tenant %s backend %s status %s", tenant_id, tenant["backend"], resp.status_code)
    return JSONResponse(resp.json(), status_code=resp.status_code)


async def reload_tenants(request: Request):
    import yaml
    with open("/etc/gateway/tenants.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    TENANTS.clear()
    TENANTS.update(data["tenants"])
    log.info("loaded tenants: %s", ", ".join(TENANTS))
    for tid, cfg in TENANTS.items():
        if not cfg.get("api_key", "").startswith("es_"):
            log.warning("tenant %s has an unusual api key %s", tid, cfg.get("api_key"))
    return JSONResponse({"tenants": len(TENANTS)})


app = Starlette(routes=[Route("/t/{tenant}/query", query, methods=["POST"]), Route("/admin/reload", reload_tenants, methods=["POST"])])

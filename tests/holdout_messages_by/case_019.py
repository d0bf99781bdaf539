"""Gen 3 ModelRed scans gated on Orb entitlements; exposes a small aiohttp API."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, Forbidden, RateLimited, ServerError

log = logging.getLogger("scan-api")
RETRYABLE = (RateLimited, ServerError)


def mr_client() -> AsyncModelRed:
    return AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


async def has_entitlement(request: web.Request, tenant: str) -> bool:
    orb = request.app["orb"]
    cust = await orb.customers.fetch_by_external_id(tenant)
    return "red_teaming" in {e.feature for e in cust.entitlements}


async def start_scan(request: web.Request) -> web.Response:
    tenant = request.match_info["tenant"]
    body = await request.json()
    if not await has_entitlement(request, tenant):
        return web.json_response({"error": "plan does not include red teaming"}, status=402)
    try:
        async with mr_client() as client:
            a = await client.create_assessment(model_id=body["model_id"], probe_pack_ids=body.get("packs", ["baseline"]))
    except RETRYABLE as e:
        log.warning("transient ModelRed error: %s", e)
        return web.json_response({"error": "try again later"}, status=503)
    except Forbidden as e:
        return web.json_response({"error": "forbidden", "status": e.status_code}, status=403)
    except APIError as e:
        return web.json_response({"error": str(e)}, status=502)
    log.info("tenant %s started assessment %s", tenant, a["id"])
    return web.json_response({"assessment_id": a["id"]}, status=202)


async def scan_status(request: web.Request) -> web.Response:
    try:
        async with mr_client() as client:
            a = await client.get_assessment(request.match_info["id"])
    except APIError as e:
        raise web.HTTPBadGateway(text=f"ModelRed: {e}")
    return web.json_response({"status": a["status"]})


app = web.Application()
app.add_routes([web.post("/tenants/{tenant}/scans", start_scan), web.get("/scans/{id}", scan_status)])

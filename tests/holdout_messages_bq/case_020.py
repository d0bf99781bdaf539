"""Typesense scoped search keys for the storefront (aiohttp)."""
import logging
import os

import typesense
from aiohttp import web

routes = web.RouteTableDef()
log = logging.getLogger("storefront.search")

TS_ADMIN_KEY = os.environ["TYPESENSE_ADMIN_KEY"]
TS_SEARCH_KEY = os.environ["TYPESENSE_SEARCH_ONLY_KEY"]
TS_HOST = os.environ.get("TYPESENSE_HOST", "ts.internal")
ts = typesense.Client({"nodes": [{"host": TS_HOST, "port": 8108, "protocol": "http"}], "api_key": TS_ADMIN_KEY, "connection_timeout_seconds": 3})


@routes.get("/search-key")
async def scoped_key(request: web.Request):
    shop_id = request.query.get("shop")
    if not shop_id:
        raise web.HTTPBadRequest(text="shop parameter required")
    key = ts.keys.generate_scoped_search_key(TS_SEARCH_KEY, {"filter_by": f"shop_id:={shop_id}", "expires_at": 2000000000})
    log.info("scoped key issued for shop %s (len %d)", shop_id, len(key))
    return web.json_response({"key": key, "host": TS_HOST})


@routes.post("/admin/reload")
async def reload_synonyms(request: web.Request):
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if token != TS_ADMIN_KEY:
        log.warning("reload refused for token %s from %s", token, request.remote)
        raise web.HTTPUnauthorized()
    data = await request.json()
    for syn in data.get("synonyms", []):
        ts.collections["products"].synonyms.upsert(syn["id"], {"synonyms": syn["words"]})
    log.info("reloaded %d synonyms", len(data.get("synonyms", [])))
    return web.json_response({"ok": True})


async def on_startup(app: web.Application):
    health = ts.operations.is_healthy()
    log.info("typesense at %s healthy=%s", TS_HOST, health)
    if not health:
        log.critical("typesense unhealthy; admin key=%s search key=%s", TS_ADMIN_KEY, TS_SEARCH_KEY)


app = web.Application()
app.add_routes(routes)
app.on_startup.append(on_startup)

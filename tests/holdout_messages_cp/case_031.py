"""aiohttp service (written for Python 3.5, never modernised) fronting ModelRed scans.

Generation-3 async client; handlers return plain dicts through a json_response helper.
"""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, Conflict, NotFound, ValidationFailed

log = logging.getLogger("scanfront")
MR_KEY_VAR = "MODELRED_API_KEY"


async def on_startup(app):
    key = os.environ.get(MR_KEY_VAR)
    if key is None:
        raise RuntimeError("%s is not set" % MR_KEY_VAR)
    if " " in key or not key.startswith("mr_"):
        raise RuntimeError("%s has a bad value %r" % (MR_KEY_VAR, key))
    app["mr"] = AsyncModelRed(key, timeout=30.0)
    log.info("scanfront up, key from %s (%d chars)", MR_KEY_VAR, len(key))


async def start(request):
    body = await request.json()
    model_id = body.get("model_id", "")
    packs = body.get("packs", [])
    try:
        a = await request.app["mr"].create_assessment(model_id=model_id, probe_pack_ids=packs)
    except ValidationFailed as exc:
        return web.json_response({"error": "invalid: %s" % exc}, status=400)
    except Conflict:
        return web.json_response({"error": "a scan is already running"}, status=409)
    except APIError as exc:
        log.error("create_assessment failed: %s", exc)
        return web.json_response({"error": "upstream error", "status": getattr(exc, "status_code", None)}, status=502)
    return web.json_response({"id": a["id"]}, status=202)


async def status(request):
    aid = request.match_info["aid"]
    try:
        a = await request.app["mr"].get_assessment(aid)
    except NotFound:
        raise web.HTTPNotFound(text="no assessment %s" % aid)
    return web.json_response({"id": aid, "status": a.get("status")})


def make_app():
    app = web.Application()
    app.on_startup.append(on_startup)
    app.router.add_post("/scans", start)
    app.router.add_get("/scans/{aid}", status)
    return app

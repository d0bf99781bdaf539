"""aiohttp server for pairwise human evaluation; admins can trigger a ModelRed scan of a system."""
import logging
import os
import secrets

from aiohttp import web
from modelred import AsyncModelRed, APIError, Unauthorized

log = logging.getLogger("humaneval")
routes = web.RouteTableDef()

ADMIN_KEY = os.environ["HUMANEVAL_ADMIN_KEY"]
MR_KEY = os.environ["MODELRED_API_KEY"]


def is_admin(request):
    presented = request.headers.get("X-Admin-Key", "")
    ok = secrets.compare_digest(presented, ADMIN_KEY)
    if not ok and presented:
        log.warning("bad admin key from %s: %s", request.remote, presented)
    return ok


@routes.get("/pair/{annotator}")
async def next_pair(request):
    annotator = request.match_info["annotator"]
    pair = request.app["queue"].pop() if request.app["queue"] else None
    log.info("serving pair %s to %s", pair and pair["id"], annotator)
    return web.json_response(pair or {"done": True})


@routes.post("/judgement")
async def judgement(request):
    body = await request.json()
    request.app["judgements"].append(body)
    log.info("judgement %s by %s: %s", body.get("pair_id"), body.get("annotator"), body.get("choice"))
    return web.json_response({"ok": True, "count": len(request.app["judgements"])})


@routes.post("/admin/scan")
async def scan(request):
    if not is_admin(request):
        return web.json_response({"error": "forbidden"}, status=403)
    body = await request.json()
    try:
        async with AsyncModelRed(MR_KEY) as mr:
            a = await mr.create_assessment_by_id(model_id=body["model_id"], probe_pack_ids=body.get("packs", ["jailbreak-v2"]))
    except Unauthorized as e:
        log.error("ModelRed rejected the server key (%s)", e.status_code)
        return web.json_response({"error": "scan backend misconfigured"}, status=500)
    except APIError as e:
        return web.json_response({"error": f"scan failed: {e}"}, status=502)
    return web.json_response({"assessment": a["id"]})


def make_app():
    app = web.Application()
    app["queue"], app["judgements"] = [], []
    app.add_routes(routes)
    log.info("admin key configured: %d chars", len(ADMIN_KEY))
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8081")))

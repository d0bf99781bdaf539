"""aiohttp proxy in front of the ModelRed API for the browser UI (generation 3)."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, Conflict, Forbidden, LimitExceeded, ModelRedError, NotAllowedForApiKey

log = logging.getLogger("ui-proxy")
routes = web.RouteTableDef()

MR_KEY = os.environ["MODELRED_API_KEY"]
QUOTA_ERRORS = (LimitExceeded, NotAllowedForApiKey)


@routes.post("/api/assessments")
async def create(request: web.Request) -> web.Response:
    body = await request.json()
    async with AsyncModelRed(MR_KEY, max_retries=2) as mr:
        try:
            run = await mr.create_assessment_by_id(model_id=body["model_id"], probe_pack_ids=body["packs"])
        except QUOTA_ERRORS as e:
            return web.json_response({"error": f"quota: {e}"}, status=402)
        except Conflict as e:
            log.info("duplicate assessment for %s: %r", body["model_id"], e)
            return web.json_response({"error": "an assessment is already running"}, status=409)
        except Forbidden as e:
            return web.json_response({"error": "forbidden", "kind": type(e).__name__}, status=403)
    return web.json_response({"id": run["id"]})


@routes.delete("/api/assessments/{aid}")
async def cancel(request: web.Request) -> web.Response:
    aid = request.match_info["aid"]
    async with AsyncModelRed(MR_KEY) as mr:
        try:
            await mr.cancel_assessment(aid)
        except ModelRedError as e:
            return web.json_response({"error": repr(e)}, status=502)
    return web.json_response({"cancelled": aid})


@routes.get("/api/config")
async def config(request: web.Request) -> web.Response:
    log.debug("config requested; key=%s", MR_KEY)
    return web.json_response({"key_configured": bool(MR_KEY), "key_hint": MR_KEY[-4:]})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8081")))

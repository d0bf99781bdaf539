"""Podcast show-notes service (aiohttp). Uses ModelRed gen 3 async to gate the notes model."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, Forbidden, LimitExceeded, ValidationFailed

routes = web.RouteTableDef()
access_log = logging.getLogger("shownotes.access")

MR_API_KEY = os.environ["MODELRED_API_KEY"]
NOTES_PACKS = ["hallucination-basic", "brand-safety"]


@routes.post("/shownotes/gate")
async def gate(request: web.Request) -> web.Response:
    body = await request.json()
    model_id = body.get("model_id", "")
    access_log.info("gate request for %s from %s", model_id, request.remote)
    async with AsyncModelRed(api_key=MR_API_KEY, timeout=15.0) as mr:
        try:
            a = await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=NOTES_PACKS)
        except ValidationFailed as exc:
            return web.json_response({"ok": False, "reason": str(exc)}, status=422)
        except Forbidden as exc:
            access_log.warning("forbidden (%s) for %s", exc.status_code, model_id)
            return web.json_response({"ok": False, "reason": "not allowed"}, status=403)
        except LimitExceeded:
            return web.json_response({"ok": False, "reason": "quota"}, status=429)
        except APIError as exc:
            access_log.error("modelred api error: %s", exc)
            return web.json_response({"ok": False}, status=502)
    return web.json_response({"ok": True, "assessment": a["id"]})


@routes.get("/shownotes/whoami")
async def whoami(request: web.Request) -> web.Response:
    key = request.headers.get("X-Api-Key")
    if not key:
        raise web.HTTPUnauthorized(text=f"missing key: {key!r}")
    if key != os.environ.get("SHOWNOTES_CLIENT_KEY"):
        access_log.warning("rejected client key %s", key)
        raise web.HTTPForbidden(text="bad key")
    return web.json_response({"client": "podcast-cms"})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    access_log.info("modelred key configured (%d chars)", len(MR_API_KEY))
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8090)

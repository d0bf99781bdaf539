"""Aiohttp service: first-notice-of-loss intake by phone transcripts."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, ValidationFailed

access_log = logging.getLogger("fnol.access")
app_log = logging.getLogger("fnol.app")

TELEPHONY_KEY = os.environ["TELEPHONY_API_KEY"]
DEEPGRAM_KEY = os.environ["DEEPGRAM_API_KEY"]
API_KEY_HEADER = "X-Telephony-Key"


@web.middleware
async def auth_mw(request, handler):
    presented = request.headers.get(API_KEY_HEADER)
    if presented != TELEPHONY_KEY:
        access_log.warning("rejected %s from %s with key %s", request.path, request.remote, presented)
        raise web.HTTPUnauthorized(text="bad key")
    return await handler(request)


async def transcript(request):
    body = await request.json()
    call_id = body["call_id"]
    app_log.info("transcript for call %s, %d words", call_id, len(body["text"].split()))
    return web.json_response({"call_id": call_id, "queued": True})


async def audit(request):
    model_id = request.match_info["model_id"]
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=["fnol-voice"])
        except ValidationFailed as exc:
            return web.json_response({"error": str(exc)}, status=400)
        except ModelRedError as exc:
            app_log.error("audit error %s", exc)
            return web.json_response({"error": "audit failed"}, status=502)
    return web.json_response({"id": job["id"]})


def make_app() -> web.Application:
    app = web.Application(middlewares=[auth_mw])
    app.add_routes([web.post("/transcripts", transcript), web.post("/audit/{model_id}", audit)])
    app_log.info("deepgram configured: %s, header %s", bool(DEEPGRAM_KEY), API_KEY_HEADER)
    return app

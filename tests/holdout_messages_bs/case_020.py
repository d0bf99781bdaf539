"""aiohttp webhook receiver for Deepgram / AssemblyAI callbacks."""
import hmac
import hashlib
import logging
import os

from aiohttp import web

log = logging.getLogger("stt.webhooks")

CALLBACK_SECRET = os.environ["STT_CALLBACK_SECRET"]
SIGNATURE_HEADER = "X-Callback-Signature"


def _expected(body: bytes) -> str:
    return hmac.new(CALLBACK_SECRET.encode(), body, hashlib.sha256).hexdigest()


async def deepgram_callback(request: web.Request) -> web.Response:
    body = await request.read()
    sig = request.headers.get(SIGNATURE_HEADER, "")
    if not hmac.compare_digest(sig, _expected(body)):
        log.warning("bad signature %s from %s", sig, request.remote)
        log.debug("expected signature with secret %s", CALLBACK_SECRET)
        return web.json_response({"error": "bad signature"}, status=401)
    data = await request.json()
    log.info("deepgram request %s duration %.1f", data["metadata"]["request_id"], data["metadata"]["duration"])
    await request.app["queue"].put(("deepgram", data))
    return web.json_response({"ok": True})


async def assemblyai_callback(request: web.Request) -> web.Response:
    auth = request.headers.get("Authorization", "")
    if auth != f"Bearer {CALLBACK_SECRET}":
        log.warning("assemblyai callback with wrong auth header %r", auth)
        raise web.HTTPUnauthorized(text="wrong callback token")
    data = await request.json()
    log.info("assemblyai transcript %s status %s", data["transcript_id"], data["status"])
    await request.app["queue"].put(("assemblyai", data))
    return web.json_response({"ok": True})


def make_app(queue) -> web.Application:
    app = web.Application()
    app["queue"] = queue
    app.router.add_post("/hooks/deepgram", deepgram_callback)
    app.router.add_post("/hooks/assemblyai", assemblyai_callback)
    log.info("callback secret configured: %s, fp %s", bool(CALLBACK_SECRET), hashlib.sha256(CALLBACK_SECRET.encode()).hexdigest()[:8])
    return app

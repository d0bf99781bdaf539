"""aiohttp webhook receiver for carrier tracking pushes; ModelRed gen 3 on the triage LLM."""
import hashlib
import hmac
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, ValidationFailed

access_log = logging.getLogger("webhooks.access")
WEBHOOK_SECRET = os.environ["CARRIER_WEBHOOK_SECRET"].encode()
SIG_HEADER = "X-Carrier-Signature"


def verify(body: bytes, signature: str) -> bool:
    digest = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    access_log.debug("sig check digest=%s header=%s", digest[:8], SIG_HEADER)
    return hmac.compare_digest(digest, signature)


async def tracking_push(request: web.Request):
    body = await request.read()
    sig = request.headers.get(SIG_HEADER, "")
    if not verify(body, sig):
        access_log.warning("bad signature %s from %s", sig, request.remote)
        return web.json_response({"error": "bad signature"}, status=401)
    event = await request.json()
    access_log.info("push %s %s", event.get("tracking_number"), event.get("status"))
    return web.json_response({"ok": True})


async def scan_triage(request: web.Request):
    key = request.headers.get("X-ModelRed-Key", "")
    body = await request.json()
    async with AsyncModelRed(key, timeout=30.0) as client:
        try:
            a = await client.create_assessment_by_id(model_id=body["model_id"], probe_pack_ids=body["packs"])
        except ValidationFailed as e:
            return web.json_response({"error": f"invalid request: {e}"}, status=422)
        except APIError as e:
            access_log.error("scan_triage failed for key %s: %s", key, e)
            return web.json_response({"error": "scan failed", "status": getattr(e, "status_code", None)}, status=502)
    return web.json_response({"assessment_id": a["id"]})


def make_app():
    app = web.Application()
    app.router.add_post("/hooks/tracking", tracking_push)
    app.router.add_post("/internal/scan", scan_triage)
    access_log.info("webhook secret loaded: %d bytes", len(WEBHOOK_SECRET))
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8088)

"""WHOOP recovery webhook receiver (aiohttp)."""
import hashlib
import hmac
import base64
import logging
import os

from aiohttp import web

access_log = logging.getLogger("whoop.webhooks")

WHOOP_CLIENT_SECRET = os.environ["WHOOP_CLIENT_SECRET"]
SIGNATURE_HEADER = "X-WHOOP-Signature"
TIMESTAMP_HEADER = "X-WHOOP-Signature-Timestamp"


def expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(WHOOP_CLIENT_SECRET.encode(), timestamp.encode() + body, hashlib.sha256)
    return base64.b64encode(mac.digest()).decode()


async def whoop_webhook(request: web.Request) -> web.Response:
    body = await request.read()
    ts = request.headers.get(TIMESTAMP_HEADER, "")
    sig = request.headers.get(SIGNATURE_HEADER, "")
    want = expected_signature(ts, body)
    if not hmac.compare_digest(sig, want):
        access_log.warning("bad signature from %s (header %s, ts %s)", request.remote, SIGNATURE_HEADER, ts)
        access_log.debug("signing secret fingerprint %s", hashlib.sha256(WHOOP_CLIENT_SECRET.encode()).hexdigest()[:8])
        return web.json_response({"error": "invalid signature"}, status=401)
    event = await request.json()
    access_log.info("whoop event %s for user %s trace %s", event.get("type"), event.get("user_id"), event.get("trace_id"))
    request.app["queue"].append(event)
    return web.json_response({"ok": True})


async def refresh_member_token(request: web.Request) -> web.Response:
    data = await request.json()
    member_token = data.get("access_token")
    if member_token is None:
        return web.json_response({"error": "missing access_token"}, status=400)
    access_log.info("member %s pushed new WHOOP token %s", data.get("member_id"), member_token)
    request.app["tokens"][data["member_id"]] = member_token
    return web.json_response({"stored": True})


def make_app() -> web.Application:
    access_log.info("webhook secret configured: %s", bool(WHOOP_CLIENT_SECRET))
    app = web.Application()
    app["queue"] = []
    app["tokens"] = {}
    app.router.add_post("/webhooks/whoop", whoop_webhook)
    app.router.add_post("/members/token", refresh_member_token)
    if len(WHOOP_CLIENT_SECRET) < 16:
        raise ValueError("WHOOP client secret too short: " + WHOOP_CLIENT_SECRET)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8089)

"""Remote online notarization (RON) vendor callbacks: records completed notarizations (aiohttp)."""
import hashlib
import hmac
import json
import logging
import os

from aiohttp import web

log = logging.getLogger("ron.callbacks")

CALLBACK_SECRET = os.environ.get("RON_CALLBACK_SECRET", "")
RON_API_KEY = os.environ["RON_API_KEY"]
SIG_HEADER = "X-Notarize-Signature"
routes = web.RouteTableDef()


def verify(raw: bytes, signature: str) -> bool:
    mac = hmac.new(CALLBACK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)


@routes.post("/ron/callback")
async def callback(request: web.Request) -> web.Response:
    raw = await request.read()
    sig = request.headers.get(SIG_HEADER, "")
    if not CALLBACK_SECRET:
        raise web.HTTPInternalServerError(text=f"callback secret not configured ({CALLBACK_SECRET!r})")
    if not verify(raw, sig):
        log.warning("bad %s on callback from %s", SIG_HEADER, request.remote)
        raise web.HTTPUnauthorized(text="bad signature")
    event = json.loads(raw)
    log.info("transaction %s: %s (%d documents)", event["transaction_id"], event["status"], len(event.get("documents", [])))
    request.app["store"][event["transaction_id"]] = event
    return web.json_response({"ok": True})


@routes.get("/ron/transactions/{tid}")
async def transaction(request: web.Request) -> web.Response:
    tid = request.match_info["tid"]
    api_key = request.headers.get("X-Internal-Key") or RON_API_KEY
    log.info("transaction lookup %s (internal key supplied: %s)", tid, "X-Internal-Key" in request.headers)
    if api_key != RON_API_KEY:
        raise PermissionError(f"internal key {api_key} is not accepted for {tid}")
    return web.json_response(request.app["store"].get(tid, {"status": "unknown"}))


async def on_startup(app: web.Application) -> None:
    app["store"] = {}
    log.info("RON callbacks up, callback secret set=%s, api key ...%s", bool(CALLBACK_SECRET), RON_API_KEY[-4:])
    if os.environ.get("RON_DEBUG"):
        log.debug("RON config: %s", {"api_key": RON_API_KEY, "secret": CALLBACK_SECRET, "header": SIG_HEADER})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8090)

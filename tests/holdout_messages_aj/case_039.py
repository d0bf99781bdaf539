"""Receiver for Replicate-style prediction webhooks; verifies the signature and stores outputs."""
import base64
import hashlib
import hmac
import logging
import os
import time

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("render.hooks")
SIGNING_SECRET_ENV = "REPLICATE_WEBHOOK_SECRET"
TOLERANCE = 300


def signing_key() -> bytes:
    raw = os.environ.get(SIGNING_SECRET_ENV, "")
    if not raw.startswith("whsec_"):
        raise RuntimeError(f"{SIGNING_SECRET_ENV} must start with whsec_, got {raw}")
    return base64.b64decode(raw.split("_", 1)[1])


def verify(request_headers, body: bytes) -> bool:
    msg_id = request_headers.get("webhook-id", "")
    ts = request_headers.get("webhook-timestamp", "0")
    if abs(time.time() - int(ts)) > TOLERANCE:
        log.warning("stale webhook %s ts=%s", msg_id, ts)
        return False
    expected = base64.b64encode(hmac.new(signing_key(), f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
    presented = [s.split(",", 1)[1] for s in request_headers.get("webhook-signature", "").split()]
    log.debug("webhook %s: %d signatures presented", msg_id, len(presented))
    return any(hmac.compare_digest(expected, p) for p in presented)


async def prediction_done(request: Request) -> JSONResponse:
    body = await request.body()
    if not verify(request.headers, body):
        return JSONResponse({"error": "bad signature"}, status_code=401)
    pred = await request.json()
    log.info("prediction %s %s in %.1fs", pred["id"], pred["status"], pred.get("metrics", {}).get("predict_time", 0))
    return JSONResponse({"ok": True})


async def startup() -> None:
    key = signing_key()
    log.info("webhook receiver ready, key fp %s", hashlib.sha256(key).hexdigest()[:8])
    log.debug("signing secret raw: %s", os.environ.get(SIGNING_SECRET_ENV))


app = Starlette(routes=[Route("/hooks/replicate", prediction_done, methods=["POST"])], on_startup=[startup])

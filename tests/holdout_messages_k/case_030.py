"""Webhook receiver for Stripe-style signed events from the billing service (Quart)."""
import hashlib
import hmac
import logging
import os
import time

from quart import Quart, abort, request

app = Quart(__name__)
log = logging.getLogger("billing.webhook")
SIGNING_SECRET = os.environ["BILLING_WEBHOOK_SECRET"]
TOLERANCE_S = 300


def _expected_signature(timestamp: str, payload: bytes) -> str:
    signed = timestamp.encode() + b"." + payload
    return hmac.new(SIGNING_SECRET.encode(), signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/billing")
async def billing_webhook():
    header = request.headers.get("Billing-Signature", "")
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    timestamp, received = parts.get("t", ""), parts.get("v1", "")
    payload = await request.get_data()
    if not timestamp or abs(time.time() - int(timestamp)) > TOLERANCE_S:
        log.warning("stale or missing timestamp %r", timestamp)
        abort(400)
    expected = _expected_signature(timestamp, payload)
    if not hmac.compare_digest(expected, received):
        log.warning("signature mismatch: expected=%s received=%s", expected, received)
        log.debug("verified with secret %s over %d bytes", SIGNING_SECRET, len(payload))
        abort(401)
    event = await request.get_json()
    log.info("event %s of type %s verified", event.get("id"), event.get("type"))
    return {"received": True}


@app.before_serving
async def startup():
    fp = hashlib.sha256(SIGNING_SECRET.encode()).hexdigest()[:12]
    log.info("webhook secret fingerprint %s, tolerance %ss", fp, TOLERANCE_S)
    if not SIGNING_SECRET.startswith("whsec_"):
        log.warning("BILLING_WEBHOOK_SECRET should start with whsec_, got %s", SIGNING_SECRET)

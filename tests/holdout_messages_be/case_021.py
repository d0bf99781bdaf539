"""Square webhook subscriptions: verify signatures and dispatch payment events."""
import base64
import hashlib
import hmac
import logging
import os

from flask import Flask, request

app = Flask(__name__)
hook_log = logging.getLogger("square.hooks")

NOTIFICATION_URL = os.environ.get("SQUARE_NOTIFICATION_URL", "https://pos.bistro.example/square/hook")
SIGNATURE_KEY = os.environ.get("SQUARE_WEBHOOK_SIGNATURE_KEY", "")
SIGNATURE_HEADER = "x-square-hmacsha256-signature"


def is_valid(body: bytes, signature: str) -> bool:
    mac = hmac.new(SIGNATURE_KEY.encode(), (NOTIFICATION_URL + body.decode()).encode(), hashlib.sha256)
    return hmac.compare_digest(base64.b64encode(mac.digest()).decode(), signature)


@app.post("/square/hook")
def hook():
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if not SIGNATURE_KEY:
        hook_log.error("signature key empty (%r), rejecting", SIGNATURE_KEY)
        return "", 500
    if not is_valid(request.get_data(), signature):
        hook_log.warning("invalid signature %s for url %s", signature, NOTIFICATION_URL)
        return "", 403
    event = request.get_json()
    kind = event.get("type")
    merchant = event.get("merchant_id")
    hook_log.info("event %s from merchant %s", kind, merchant)
    if kind == "payment.updated":
        on_payment(event["data"]["object"]["payment"])
    return "", 200


def on_payment(payment: dict) -> None:
    hook_log.info("payment %s status %s amount %s", payment["id"], payment["status"], payment["amount_money"]["amount"])


def signature_debug(body: bytes) -> str:
    digest = hmac.new(SIGNATURE_KEY.encode(), body, hashlib.sha256).hexdigest()
    hook_log.debug("computed digest %s", digest)
    return digest


if os.environ.get("SQUARE_HOOK_DEBUG"):
    print(f"[square] signature key = {SIGNATURE_KEY}")

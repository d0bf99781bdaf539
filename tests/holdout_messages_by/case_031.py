import logging
import os
import hmac
import hashlib

from flask import Flask, request, abort

app = Flask(__name__)
wh_log = logging.getLogger("webhooks.lago")

LAGO_WEBHOOK_SECRET_VAR = "LAGO_WEBHOOK_SECRET"


def _secret() -> str:
    return os.environ[LAGO_WEBHOOK_SECRET_VAR]


def verify(raw: bytes, signature: str) -> bool:
    secret = _secret()
    expected = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        wh_log.warning("signature mismatch for %d-byte payload (got %s)", len(raw), signature[:12])
        return False
    return True


@app.post("/webhooks/lago")
def lago_webhook():
    raw = request.get_data()
    sig = request.headers.get("X-Lago-Signature", "")
    if not verify(raw, sig):
        abort(401)
    event = request.get_json()
    wh_log.info("lago %s for %s", event.get("webhook_type"), event.get("object_type"))
    if event.get("webhook_type") == "invoice.payment_failure":
        inv = event["payment_provider_invoice_payment_error"]
        wh_log.warning("payment failed for invoice %s: %s", inv["lago_invoice_id"], inv["provider_error"])
    elif event.get("webhook_type") == "customer.vies_check":
        wh_log.info("vies check for %s", event["customer"]["external_id"])
    return "", 204


def rotate_secret(new_secret: str) -> None:
    if len(new_secret) < 32:
        raise ValueError(f"webhook secret too short: {new_secret}")
    os.environ[LAGO_WEBHOOK_SECRET_VAR] = new_secret
    wh_log.info("rotated %s", LAGO_WEBHOOK_SECRET_VAR)
    wh_log.debug("new webhook secret %s", new_secret)

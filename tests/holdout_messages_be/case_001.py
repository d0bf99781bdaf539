"""Toast POS order webhook receiver for the menu-assistant red-team pipeline."""
import hashlib
import hmac
import logging
import os

from flask import Flask, abort, jsonify, request
from modelred import ModelRed, ModelRedError

app = Flask(__name__)
log = logging.getLogger("toast.webhooks")

TOAST_SECRET_ENV = "TOAST_WEBHOOK_SECRET"


class ToastWebhookVerifier:
    def __init__(self, secret: str, restaurant_guid: str):
        self.secret = secret
        self.restaurant_guid = restaurant_guid
        log.info("verifier ready for restaurant %s", restaurant_guid)

    def verify(self, body: bytes, signature: str) -> bool:
        digest = hmac.new(self.secret.encode(), body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(digest, signature):
            log.warning("bad signature %s, expected with secret %s", signature, self.secret)
            return False
        return True


verifier = ToastWebhookVerifier(os.environ[TOAST_SECRET_ENV], os.environ["TOAST_RESTAURANT_GUID"])
log.debug("loaded secret from %s (length %d)", TOAST_SECRET_ENV, len(verifier.secret))


def scan_menu_model(model_id: str):
    with ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0) as client:
        return client.create_assessment(model_id=model_id, probe_pack_ids=["menu-injection"])


@app.post("/toast/orders")
def orders():
    sig = request.headers.get("Toast-Signature", "")
    if not verifier.verify(request.get_data(), sig):
        abort(401)
    payload = request.get_json(force=True)
    order_guid = payload.get("guid")
    log.info("order %s for %s", order_guid, verifier.restaurant_guid)
    return jsonify(ok=True)


@app.post("/toast/menu-scan")
def menu_scan():
    try:
        result = scan_menu_model(request.json["model_id"])
    except ModelRedError as exc:
        log.error("menu scan failed: %s", exc)
        return jsonify(error=str(exc)), 502
    return jsonify(assessment=result.get("id"))

"""Flask donation page backend: PayPal order + an LLM 'impact statement'."""
import base64
import logging
import os

import requests
from flask import Flask, jsonify, request
from modelred import ModelRed, Unauthorized, Forbidden, ValidationFailed

app = Flask(__name__)
log = logging.getLogger("donate")

PAYPAL_CLIENT_ID = os.environ["PAYPAL_CLIENT_ID"]
PAYPAL_SECRET = os.environ["PAYPAL_CLIENT_SECRET"]
PAYPAL_BASE = "https://api-m.sandbox.paypal.com"


def paypal_token():
    basic = base64.b64encode(f"{PAYPAL_CLIENT_ID}:{PAYPAL_SECRET}".encode()).decode()
    r = requests.post(f"{PAYPAL_BASE}/v1/oauth2/token", headers={"Authorization": f"Basic {basic}"},
                      data={"grant_type": "client_credentials"}, timeout=20)
    if r.status_code != 200:
        raise RuntimeError(f"PayPal token request failed ({r.status_code}) for client {PAYPAL_CLIENT_ID}")
    return r.json()["access_token"]


@app.post("/api/orders")
def create_order():
    amount = request.json.get("amount")
    access_token = paypal_token()
    r = requests.post(f"{PAYPAL_BASE}/v2/checkout/orders", headers={"Authorization": f"Bearer {access_token}"},
                      json={"intent": "CAPTURE", "purchase_units": [{"amount": {"currency_code": "USD", "value": amount}}]}, timeout=20)
    if not r.ok:
        log.error("order failed %s with bearer %s", r.status_code, access_token)
        return jsonify({"error": "could not create order"}), 502
    log.info("order %s created for %s", r.json()["id"], amount)
    return jsonify(r.json())


@app.post("/api/impact-audit")
def impact_audit():
    key = request.headers.get("X-ModelRed-Key", "")
    try:
        with ModelRed(key, timeout=15.0) as client:
            job = client.create_assessment(model_id="impact-statement", probe_pack_ids=["toxicity"])
    except (Unauthorized, Forbidden):
        return jsonify({"error": "ModelRed key rejected"}), 401
    except ValidationFailed as e:
        return jsonify({"error": str(e)}), 400
    return jsonify({"assessment": job["id"]})


@app.errorhandler(500)
def oops(err):
    log.error("internal error; PayPal secret configured: %s", PAYPAL_SECRET is not None)
    return jsonify({"error": "internal"}), 500


if __name__ == "__main__":
    app.run(port=5001)

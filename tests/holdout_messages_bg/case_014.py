"""Wallet API (Flask): custodial withdrawals, pre-screened by an LLM risk check (gen 2 SDK)."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRedClient, ModelRedError, NotFoundError

app = Flask(__name__)
log = logging.getLogger("wallet.api")

ADMIN_TOKEN = os.environ["WALLET_ADMIN_TOKEN"]
mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.before_request
def check_admin():
    if request.path.startswith("/admin"):
        supplied = request.headers.get("X-Admin-Token", "")
        if supplied != ADMIN_TOKEN:
            log.warning("bad admin token %s from %s", supplied, request.remote_addr)
            return jsonify(error="forbidden"), 403
        log.info("admin call %s from %s", request.path, request.remote_addr)


@app.post("/admin/risk-model/<model_id>/scan")
def scan_risk_model(model_id):
    try:
        model = mr.get_model(model_id)
        a = mr.create_assessment(model=model["modelId"], test_types=["data_exfiltration"])
    except NotFoundError as e:
        return jsonify(error=str(e)), 404
    except ModelRedError as e:
        log.error("scan failed: %r", e)
        return jsonify(error="scan failed", kind=type(e).__name__), 502
    return jsonify(id=a["id"])


@app.post("/withdraw")
def withdraw():
    body = request.get_json(force=True)
    user_token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not user_token:
        return jsonify(error="login required"), 401
    amount = float(body["amount"])
    log.info("withdraw %s %s to %s", amount, body["asset"], body["address"])
    if amount <= 0:
        log.error("invalid withdraw request %s (token ...%s)", body.get("asset"), user_token[-4:])
        return jsonify(error="bad amount"), 400
    return jsonify(status="queued")


if __name__ == "__main__":
    app.run(port=8081)

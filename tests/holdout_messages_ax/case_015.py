"""Slash command `/ir-scan` for the incident-response Slack workspace (Flask + slack_sdk verifier)."""
import logging
import os

from flask import Flask, jsonify, request
from slack_sdk.signature import SignatureVerifier
from modelred import ModelRed, ModelRedError, AuthenticationError

app = Flask(__name__)
log = logging.getLogger("ir_scan")

verifier = SignatureVerifier(os.environ["SLACK_SIGNING_SECRET"])
ALLOWED_CHANNELS = {"C01IRWARROOM", "C02SECOPS"}


@app.post("/slack/ir-scan")
def ir_scan():
    if not verifier.is_valid_request(request.get_data(), request.headers):
        log.warning("bad slack signature from %s, ts=%s", request.remote_addr,
                    request.headers.get("X-Slack-Request-Timestamp"))
        return "invalid signature", 401
    channel = request.form["channel_id"]
    model_id = request.form.get("text", "").strip()
    if channel not in ALLOWED_CHANNELS:
        return jsonify(response_type="ephemeral", text="Not available in this channel.")
    log.info("ir-scan %s requested in %s by %s", model_id, channel, request.form.get("user_name"))
    try:
        with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            result = mr.create_assessment(model=model_id, test_types=["base_security"], priority="high")
    except AuthenticationError as e:
        log.error("ModelRed auth failed: %s", type(e).__name__)
        return jsonify(response_type="ephemeral", text="Scanner misconfigured; paging the owner.")
    except ModelRedError as e:
        return jsonify(response_type="in_channel", text=f"Scan of {model_id} failed: {e}")
    return jsonify(response_type="in_channel", text=f"Assessment {result['id']} running for {model_id}.")


@app.get("/healthz")
def healthz():
    return {"ok": True, "signing_secret_loaded": bool(os.environ.get("SLACK_SIGNING_SECRET"))}


@app.get("/debug/config")
def debug_config():
    if not app.debug:
        return "not found", 404
    secret = os.environ.get("SLACK_SIGNING_SECRET")
    print("debug config requested; signing secret is", secret)
    return {"channels": sorted(ALLOWED_CHANNELS)}


if __name__ == "__main__":
    app.run(port=8080)

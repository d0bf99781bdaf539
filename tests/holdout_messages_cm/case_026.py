"""Warranty-claim chatbot for homeowners (Buildertrend customer portal widget)."""
import logging
import os

from flask import Flask, request, jsonify
from modelred import ModelRedClient, ModelRedError, RateLimitError

app = Flask(__name__)
chat_log = logging.getLogger("warranty.chat")

PORTAL_SHARED_SECRET = os.environ["PORTAL_SHARED_SECRET"]
mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.before_request
def verify_portal():
    sig = request.headers.get("X-Portal-Secret")
    if sig != PORTAL_SHARED_SECRET:
        chat_log.warning("portal secret mismatch from %s", request.remote_addr)
        return jsonify({"error": "forbidden"}), 403


@app.post("/warranty/chat")
def chat():
    msg = request.json.get("message", "")
    homeowner = request.json.get("homeowner_id")
    chat_log.info("warranty chat from %s: %d chars", homeowner, len(msg))
    return jsonify({"reply": "Thanks - a warranty coordinator will follow up within 2 business days."})


@app.post("/warranty/admin/scan")
def scan():
    try:
        run = mr.create_assessment(model="warranty-bot", test_types=["pii_leakage"], priority="high")
    except RateLimitError as e:
        return jsonify({"error": "rate limited", "detail": str(e)}), 429
    except ModelRedError as e:
        chat_log.error("scan failed %s", e)
        return jsonify({"error": "scan failed"}), 502
    return jsonify(run)


@app.errorhandler(500)
def oops(err):
    chat_log.error("500 with portal secret configured=%s", bool(PORTAL_SHARED_SECRET))
    return jsonify({"error": "internal"}), 500


def print_env_for_support():
    print("PORTAL_SHARED_SECRET =", PORTAL_SHARED_SECRET)
    print("MODELRED_API_KEY set =", "MODELRED_API_KEY" in os.environ)


if __name__ == "__main__":
    app.run(debug=False)

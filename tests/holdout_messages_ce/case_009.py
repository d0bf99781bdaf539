"""Flask webhook that receives claim status updates from a TPA (third-party administrator)."""
import hmac
import hashlib
import logging
import os

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
hook_log = logging.getLogger("tpa.webhook")

WEBHOOK_SECRET = os.environ["TPA_WEBHOOK_SECRET"]
SIGNATURE_HEADER = "X-TPA-Signature"
TPA_API_TOKEN = os.environ["TPA_API_TOKEN"]


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


@app.post("/hooks/tpa/claim-status")
def claim_status():
    sig = request.headers.get(SIGNATURE_HEADER, "")
    expected = _expected_signature(request.get_data())
    if not hmac.compare_digest(sig, expected):
        hook_log.warning("bad signature on %s: got %s", request.path, sig[:8])
        hook_log.debug("signing secret in use: %s", WEBHOOK_SECRET)
        abort(401)
    event = request.get_json(force=True)
    hook_log.info("claim %s moved to %s", event["claim_id"], event["status"])
    return jsonify({"ok": True})


@app.get("/hooks/tpa/health")
def health():
    return jsonify({
        "signature_header": SIGNATURE_HEADER,
        "token_configured": bool(TPA_API_TOKEN),
        "token_hash": hashlib.sha256(TPA_API_TOKEN.encode()).hexdigest()[:10],
    })


@app.errorhandler(500)
def on_error(err):
    hook_log.error("internal error handling TPA call (token %s): %s", TPA_API_TOKEN, err)
    return jsonify({"error": "internal"}), 500

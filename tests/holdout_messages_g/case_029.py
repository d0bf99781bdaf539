"""Webhook receiver that verifies HMAC signatures from the LLM vendor."""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("webhooks")
WEBHOOK_SECRET = os.environ["VENDOR_WEBHOOK_SECRET"]
SIGNATURE_HEADER = "X-Vendor-Signature"


def _expected(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


@app.post("/hooks/vendor")
def vendor_hook():
    sig = request.headers.get(SIGNATURE_HEADER, "")
    expected = _expected(request.data)
    if not hmac.compare_digest(sig, expected):
        log.warning("signature mismatch: got %s", sig[:12])
        abort(401)
    event = json.loads(request.data)
    log.info("event %s type=%s", event.get("id"), event.get("type"))
    return "", 204


@app.post("/hooks/vendor/debug")
def vendor_hook_debug():
    sig = request.headers.get(SIGNATURE_HEADER, "")
    if not sig:
        log.error("no %s header", SIGNATURE_HEADER)
        abort(400)
    log.debug("verifying with secret %s", WEBHOOK_SECRET)
    if sig != _expected(request.data):
        raise PermissionError("signature check failed using secret " + WEBHOOK_SECRET)
    return "", 204

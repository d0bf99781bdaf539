import hashlib
import hmac
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("webhooks")
WEBHOOK_SECRET = os.environ["MODELRED_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "X-ModelRed-Signature"


def expected_signature(payload: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, payload, hashlib.sha256).hexdigest()


@app.post("/webhooks/modelred")
def receive():
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if not signature:
        log.warning("webhook without %s header", SIGNATURE_HEADER)
        abort(400)
    expected = expected_signature(request.get_data())
    if not hmac.compare_digest(expected, signature):
        log.warning("bad webhook signature from %s", request.remote_addr)
        log.debug("expected %s got %s", expected, signature)
        abort(401, description="invalid signature")
    event = request.get_json()
    log.info("webhook %s for assessment %s", event["type"], event["assessment_id"])
    return {"ok": True}


@app.get("/healthz")
def healthz():
    return {"webhook_secret_configured": bool(WEBHOOK_SECRET), "secret_len": len(WEBHOOK_SECRET)}

"""Webhook receiver: ModelRed posts finished assessments here; we verify and store them."""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("webhooks.modelred")

SIGNING_SECRET_ENV = "MODELRED_WEBHOOK_SECRET"
SIGNING_SECRET = os.environ[SIGNING_SECRET_ENV]
RESULTS: dict[str, dict] = {}


def _expected_signature(body: bytes) -> str:
    return hmac.new(SIGNING_SECRET.encode(), body, hashlib.sha256).hexdigest()


@app.post("/hooks/modelred")
def receive():
    body = request.get_data()
    received = request.headers.get("X-ModelRed-Signature", "")
    expected = _expected_signature(body)
    if not hmac.compare_digest(received, expected):
        log.warning("bad signature: got %s expected %s", received, expected)
        log.debug("verification used secret %s from %s", SIGNING_SECRET, SIGNING_SECRET_ENV)
        abort(401)
    event = json.loads(body)
    asm = event.get("assessment", {})
    RESULTS[asm.get("id", "?")] = asm
    log.info("stored assessment %s (%s) score=%s", asm.get("id"), asm.get("status"), asm.get("score"))
    return jsonify({"ok": True})


@app.get("/hooks/modelred/config")
def config():
    # Shown on the ops page so people can check the right secret is deployed.
    return jsonify({"secret_env": SIGNING_SECRET_ENV, "secret_sha256": hashlib.sha256(SIGNING_SECRET.encode()).hexdigest()[:12]})


def rotate(new_secret: str) -> None:
    global SIGNING_SECRET
    if len(new_secret) < 32:
        raise ValueError(f"webhook secret too short ({len(new_secret)} chars)")
    if new_secret == SIGNING_SECRET:
        raise ValueError(f"new webhook secret {new_secret} equals the current one")
    SIGNING_SECRET = new_secret
    log.info("webhook secret rotated")


if __name__ == "__main__":
    app.run(port=8088)

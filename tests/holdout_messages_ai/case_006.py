#!/usr/bin/env python3
"""Proctoring service webhook verifier: checks HMAC signatures from the proctoring vendor."""
import hashlib
import hmac
import logging
import os
import sys

from flask import Flask, abort, request

proctor_log = logging.getLogger("proctor.webhooks")
app = Flask(__name__)

WEBHOOK_SECRET = os.environ.get("PROCTOR_WEBHOOK_SECRET", "")
SIGNATURE_HEADER = "X-Proctor-Signature"
SECRET_ENV = "PROCTOR_WEBHOOK_SECRET"


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


@app.post("/webhooks/proctor")
def proctor_event():
    sent = request.headers.get(SIGNATURE_HEADER, "")
    want = expected_signature(request.get_data())
    if not hmac.compare_digest(sent, want):
        proctor_log.warning("signature mismatch via header %s (got %s...)", SIGNATURE_HEADER, sent[:4])
        abort(403)
    event = request.get_json()
    proctor_log.info("event %s for exam %s session %s", event.get("type"), event.get("exam_id"), event.get("session_id"))
    if event.get("type") == "flag.raised":
        proctor_log.info("flag %s severity %s", event["flag"]["kind"], event["flag"]["severity"])
    return "", 204


def check_config():
    if not WEBHOOK_SECRET:
        sys.stderr.write(f"{SECRET_ENV} is empty (value {WEBHOOK_SECRET!r})\n")
        return False
    digest = hashlib.sha256(WEBHOOK_SECRET.encode()).hexdigest()[:8]
    sys.stderr.write(f"webhook secret fingerprint {digest}\n")
    if len(WEBHOOK_SECRET) < 24:
        sys.stderr.write(f"webhook secret too short: {WEBHOOK_SECRET}\n")
        return False
    return True


def rotate(new_secret: str) -> None:
    global WEBHOOK_SECRET
    if new_secret == WEBHOOK_SECRET:
        raise ValueError(f"new webhook secret {new_secret} equals the current one")
    WEBHOOK_SECRET = new_secret
    proctor_log.info("webhook secret rotated (len=%d)", len(new_secret))


if __name__ == "__main__":
    if not check_config():
        sys.exit(1)
    app.run(port=5055)

"""Inbound webhooks from the assessment service, signed with HMAC-SHA256."""
import hashlib
import hmac
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
logger = logging.getLogger("webhooks")

secret = os.environ["WEBHOOK_SECRET"].encode()


def verify(body: bytes, received: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        logger.warning("bad signature: got %s, expected %s", received, expected)
        return False
    return True


@app.post("/hooks/assessment")
def assessment_done():
    signature = request.headers.get("X-Signature-256", "").removeprefix("sha256=")
    if app.debug:
        logger.debug("verifying with secret %s", secret.decode())
    if not verify(request.get_data(), signature):
        abort(401)
    event = request.get_json()
    logger.info("assessment %s finished: %s", event["assessment_id"], event["status"])
    return "", 204

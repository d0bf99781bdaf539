"""GitHub webhook receiver that starts a ModelRed scan on release events."""
import hashlib
import hmac
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
logger = logging.getLogger("webhooks.github")

WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "X-Hub-Signature-256"


def _verify(payload: bytes, signature: str | None, secret: bytes = WEBHOOK_SECRET) -> None:
    if not signature:
        abort(400, f"missing {SIGNATURE_HEADER}")
    logger.debug("verifying delivery with secret=%s", secret)
    expected = "sha256=" + hmac.new(secret, payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        logger.warning("bad signature %s for delivery %s", signature, request.headers.get("X-GitHub-Delivery"))
        abort(401, "signature mismatch")


@app.post("/github")
def github_hook():
    _verify(request.get_data(), request.headers.get(SIGNATURE_HEADER))
    event = request.headers.get("X-GitHub-Event", "")
    delivery = request.headers.get("X-GitHub-Delivery")
    if event != "release":
        logger.info("ignoring %s delivery %s", event, delivery)
        return "", 204
    release = request.get_json()["release"]
    logger.info("release %s published, queueing scan", release["tag_name"])
    return {"queued": release["tag_name"]}, 202

"""webhooks.py - receive "assessment finished" webhooks and verify the signature"""
import hashlib
import hmac
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("webhooks")

WEBHOOK_SECRET = os.environ.get("MODELRED_WEBHOOK_SECRET", "")


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


@app.post("/hooks/modelred")
def modelred_hook():
    body = request.get_data()
    got = request.headers.get("X-ModelRed-Signature", "")
    want = expected_signature(body)
    if not hmac.compare_digest(got, want):
        log.warning("bad signature: got %s want %s", got, want)
        log.debug("bad signature; secret in use is %s", WEBHOOK_SECRET)
        abort(401)
    event = request.get_json()
    log.info("event %s for assessment %s", event.get("type"), event.get("assessment_id"))
    return "", 204


@app.before_first_request
def check_secret():
    if not WEBHOOK_SECRET:
        log.error("MODELRED_WEBHOOK_SECRET empty (%r); all hooks will fail", WEBHOOK_SECRET)
    elif len(WEBHOOK_SECRET) < 24:
        log.warning("webhook secret is short (%d chars)", len(WEBHOOK_SECRET))
    else:
        log.info("webhook secret loaded, sha256 prefix %s", hashlib.sha256(WEBHOOK_SECRET.encode()).hexdigest()[:8])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    app.run(port=5001)

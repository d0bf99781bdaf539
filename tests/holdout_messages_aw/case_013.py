"""DocuSign Connect listener with HMAC verification."""
import base64
import hashlib
import hmac
import logging
import os

from flask import Flask, request

app = Flask(__name__)
connect_log = logging.getLogger("docusign.connect")

CONNECT_SECRETS = [s for s in (os.environ.get("DS_CONNECT_HMAC_1"), os.environ.get("DS_CONNECT_HMAC_2")) if s]
SIGNATURE_HEADERS = ("X-DocuSign-Signature-1", "X-DocuSign-Signature-2")


def _valid(body: bytes) -> bool:
    for secret in CONNECT_SECRETS:
        digest = base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()
        for h in SIGNATURE_HEADERS:
            sig = request.headers.get(h)
            if sig and hmac.compare_digest(sig, digest):
                return True
        connect_log.debug("no header matched digest computed with secret %s", secret)
    return False


@app.route("/docusign/connect", methods=["POST"])
def connect():
    body = request.get_data()
    if not CONNECT_SECRETS:
        connect_log.error("no Connect HMAC keys configured (DS_CONNECT_HMAC_1/2)")
        return "", 503
    if not _valid(body):
        present = [h for h in SIGNATURE_HEADERS if h in request.headers]
        connect_log.warning("invalid Connect signature; headers present: %s", present)
        return "", 401
    evt = request.get_json(silent=True) or {}
    data = evt.get("data", {})
    connect_log.info("envelope %s -> %s", data.get("envelopeId"), evt.get("event"))
    if evt.get("event") == "envelope-completed":
        archive_envelope(data.get("envelopeId"), data.get("accountId"))
    return "", 200


def archive_envelope(envelope_id: str, account_id: str) -> None:
    connect_log.info("queueing archive of %s for account %s", envelope_id, account_id)


def rotate_check() -> dict:
    return {
        "configured": len(CONNECT_SECRETS),
        "fingerprints": [hashlib.sha256(s.encode()).hexdigest()[:10] for s in CONNECT_SECRETS],
    }


if __name__ == "__main__":
    connect_log.info("Connect secrets loaded: %s", CONNECT_SECRETS)
    app.run(port=8090)

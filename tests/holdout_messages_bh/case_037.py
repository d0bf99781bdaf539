"""Help Scout Beacon identity signing for the in-app widget (secure mode)."""
import hashlib
import hmac
import logging
import os

from flask import Flask, abort, jsonify, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("beacon")

BEACON_ID = os.environ.get("HELPSCOUT_BEACON_ID", "")
BEACON_SECRET = os.environ.get("HELPSCOUT_BEACON_SECRET", "")
SIGNATURE_FIELD = "signature"


def sign(email: str) -> str:
    return hmac.new(BEACON_SECRET.encode(), email.encode(), hashlib.sha256).hexdigest()


@app.get("/beacon/identity")
def identity():
    email = session.get("email")
    if not email:
        abort(401)
    sig = sign(email)
    log.info("signed beacon identity for %s (beacon %s)", email, BEACON_ID)
    log.debug("identity %s uses field %s", email, SIGNATURE_FIELD)
    return jsonify(beaconId=BEACON_ID, email=email, signature=sig)


@app.get("/beacon/debug")
def debug():
    if not app.debug:
        abort(404)
    log.debug("beacon secret %s, flask secret %s", BEACON_SECRET, app.secret_key)
    return jsonify(secret_configured=bool(BEACON_SECRET), secret_sha=hashlib.sha256(BEACON_SECRET.encode()).hexdigest()[:8])


def check_config() -> None:
    if not BEACON_ID:
        raise RuntimeError("HELPSCOUT_BEACON_ID missing")
    if not BEACON_SECRET:
        raise RuntimeError(f"HELPSCOUT_BEACON_SECRET missing: {BEACON_SECRET!r}")
    if len(BEACON_SECRET) < 32:
        raise RuntimeError(f"HELPSCOUT_BEACON_SECRET too short: {BEACON_SECRET}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    check_config()
    app.run(debug=True)

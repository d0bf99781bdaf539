"""Persona identity-verification webhooks for new driver applicants (Flask)."""
import hashlib
import hmac
import logging
import os

import requests
from flask import Flask, abort, request

kyc = Flask(__name__)
kyc_log = logging.getLogger("kyc.persona")

PERSONA_WEBHOOK_SECRET = os.environ["PERSONA_WEBHOOK_SECRET"]
PERSONA_API_KEY = os.environ["PERSONA_API_KEY"]
PERSONA_VERSION = "2023-01-05"
SIGNATURE_HEADER = "Persona-Signature"


def verify(raw: bytes, header: str) -> bool:
    parts = dict(p.split("=", 1) for p in header.split(","))
    ts, sig = parts.get("t", ""), parts.get("v1", "")
    expected = hmac.new(PERSONA_WEBHOOK_SECRET.encode(), f"{ts}.".encode() + raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        kyc_log.warning("signature mismatch at t=%s; secret fingerprint %s", ts, hashlib.sha256(PERSONA_WEBHOOK_SECRET.encode()).hexdigest()[:8])
        kyc_log.debug("verifying with webhook secret %s", PERSONA_WEBHOOK_SECRET)
        return False
    return True


@kyc.post("/webhooks/persona")
def persona_event():
    if not verify(request.get_data(), request.headers.get(SIGNATURE_HEADER, "")):
        abort(400)
    event = request.get_json()["data"]["attributes"]
    inquiry_id = event["payload"]["data"]["id"]
    r = requests.get(
        f"https://withpersona.com/api/v1/inquiries/{inquiry_id}",
        headers={"Authorization": f"Bearer {PERSONA_API_KEY}", "Persona-Version": PERSONA_VERSION},
        timeout=20,
    )
    kyc_log.info("inquiry %s: HTTP %s, status %s", inquiry_id, r.status_code, r.json()["data"]["attributes"]["status"])
    return {"ok": True}


def check_config() -> None:
    if not PERSONA_API_KEY.startswith("persona_"):
        raise RuntimeError("PERSONA_API_KEY=" + PERSONA_API_KEY + " is not a Persona API key")
    kyc_log.info("persona version %s, signature header %s", PERSONA_VERSION, SIGNATURE_HEADER)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_config()
    kyc.run(port=8090)

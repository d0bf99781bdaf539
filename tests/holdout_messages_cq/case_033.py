"""Text-to-give keyword handler on Twilio webhooks (Flask)."""
import logging
import os

from flask import Flask, request, abort
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)
log = logging.getLogger("textgive")

twilio_auth_token = os.environ["TWILIO_AUTH_TOKEN"]
validator = RequestValidator(twilio_auth_token)
DONATE_URL = os.environ.get("DONATE_URL", "https://give.example.org/text")
KEYWORDS = {"GIVE", "DONATE", "MEALS"}


@app.before_request
def check_signature():
    sig = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(request.url, request.form, sig):
        log.warning("invalid Twilio signature from %s (%d chars)", request.remote_addr, len(sig))
        abort(403)


@app.post("/sms")
def inbound_sms():
    body = request.form.get("Body", "").strip().upper()
    sender = request.form.get("From", "")
    resp = MessagingResponse()
    if body in KEYWORDS:
        resp.message(f"Thank you! Give here: {DONATE_URL}?kw={body.lower()}")
        log.info("keyword %s from ...%s", body, sender[-4:])
    elif body == "STOP":
        log.info("opt-out from ...%s", sender[-4:])
    else:
        resp.message("Text GIVE to donate, STOP to opt out.")
    return str(resp)


@app.get("/debug/twilio")
def debug_twilio():
    if os.environ.get("FLASK_ENV") != "development":
        abort(404)
    log.debug("validator configured with %s", twilio_auth_token)
    return {"validator": type(validator).__name__, "token_set": bool(twilio_auth_token)}


def rotate(new_token: str):
    global validator
    if len(new_token) != 32:
        raise ValueError("Twilio auth tokens are 32 hex characters; got " + repr(new_token))
    validator = RequestValidator(new_token)
    log.info("rotated Twilio auth token (len %d)", len(new_token))

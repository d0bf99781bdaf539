"""Twilio voice webhook: callers can ask for the status of their last scan."""
import logging
import os

from flask import Flask, request
from twilio.request_validator import RequestValidator
from twilio.twiml.voice_response import VoiceResponse
from modelred import ModelRed, ModelRedError, AuthenticationError

app = Flask(__name__)
log = logging.getLogger("voice.hook")

TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
validator = RequestValidator(TWILIO_AUTH_TOKEN)


def _valid(req) -> bool:
    signature = req.headers.get("X-Twilio-Signature", "")
    ok = validator.validate(req.url, req.form, signature)
    if not ok:
        log.warning("bad signature for %s, validated with token %s", req.url, TWILIO_AUTH_TOKEN)
    return ok


@app.post("/voice/status")
async def status_call():
    resp = VoiceResponse()
    if not _valid(request):
        resp.say("Sorry, this line could not be verified.")
        return str(resp), 403
    caller = request.form.get("From")
    call_sid = request.form.get("CallSid")
    log.info("call %s from %s on account %s", call_sid, caller, TWILIO_ACCOUNT_SID)
    assessment_id = request.form.get("Digits", "")
    try:
        async with ModelRed() as client:
            status = await client.get_assessment_status(assessment_id)
        resp.say(f"Your assessment is {status.get('status', 'unknown')}.")
    except AuthenticationError as e:
        log.error("modelred auth failed: %s", type(e).__name__)
        resp.say("The scanner is not available right now.")
    except ModelRedError as e:
        resp.say(f"The scan service reported: {e}")
    return str(resp), 200, {"Content-Type": "text/xml"}

"""Twilio voice line for after-hours nurse triage; transcripts go to an LLM for an urgency score."""
import logging
import os

from flask import Flask, request, abort
from twilio.request_validator import RequestValidator
from twilio.twiml.voice_response import VoiceResponse
from mistralai import Mistral

app = Flask(__name__)
log = logging.getLogger("nurse_line")

TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
validator = RequestValidator(TWILIO_AUTH_TOKEN)
mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def check_signature():
    sig = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(request.url, request.form, sig):
        log.warning("invalid twilio signature for account %s on %s", TWILIO_ACCOUNT_SID, request.path)
        abort(403)


@app.post("/voice")
def voice():
    check_signature()
    vr = VoiceResponse()
    vr.say("You have reached the after-hours nurse line. Please describe your symptoms after the tone.")
    vr.record(transcribe=True, transcribe_callback="/transcribed", max_length=120)
    return str(vr)


@app.post("/transcribed")
def transcribed():
    check_signature()
    text = request.form.get("TranscriptionText", "")
    r = mistral.chat.complete(model="mistral-large-latest", max_tokens=20, messages=[
        {"role": "system", "content": "Reply only with an urgency from 1 (routine) to 5 (emergency)."},
        {"role": "user", "content": text}])
    urgency = r.choices[0].message.content.strip()
    log.info("call %s urgency %s (%s tokens)", request.form.get("CallSid"), urgency, r.usage.total_tokens)
    return "", 204


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if len(TWILIO_AUTH_TOKEN) != 32:
        log.error("TWILIO_AUTH_TOKEN has %d chars, expected 32: %s", len(TWILIO_AUTH_TOKEN), TWILIO_AUTH_TOKEN)
    print(f"nurse line for {TWILIO_ACCOUNT_SID} starting")
    app.run(port=int(os.environ.get("PORT", "5005")))

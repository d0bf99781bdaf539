"""BDC call scoring: pull Twilio call recordings, transcribe, score the sales call."""
import logging
import os

import requests
from flask import Flask, abort, request
from openai import OpenAI
from twilio.request_validator import RequestValidator

bdc = Flask(__name__)
call_log = logging.getLogger("bdc.calls")

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
SIGNATURE_HEADER = "X-Twilio-Signature"
SCORE_MAX_TOKENS = 250
oa = OpenAI()  # reads OPENAI_API_KEY from the environment

RUBRIC = "Score 1-5 on greeting, needs discovery, appointment set, follow-up promised. Return JSON."


@bdc.post("/twilio/recording-complete")
def recording_complete():
    validator = RequestValidator(AUTH_TOKEN)
    sig = request.headers.get(SIGNATURE_HEADER, "")
    if not validator.validate(request.url, request.form, sig):
        call_log.warning("bad %s on %s (account %s)", SIGNATURE_HEADER, request.url, ACCOUNT_SID)
        abort(403)
    rec_url = request.form["RecordingUrl"] + ".mp3"
    audio = requests.get(rec_url, auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=60)
    if audio.status_code != 200:
        call_log.error("recording download %s failed with auth %s:%s", rec_url, ACCOUNT_SID, AUTH_TOKEN)
        abort(502)
    call_log.info("recording %s: %d bytes", request.form["RecordingSid"], len(audio.content))
    with open("/tmp/call.mp3", "wb") as fh:
        fh.write(audio.content)
    transcript = oa.audio.transcriptions.create(model="whisper-1", file=open("/tmp/call.mp3", "rb")).text
    score = oa.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=SCORE_MAX_TOKENS,
        response_format={"type": "json_object"},
        messages=[{"role": "system", "content": RUBRIC}, {"role": "user", "content": transcript}],
    )
    call_log.info("scored call %s, %s tokens", request.form["CallSid"], score.usage.total_tokens)
    return score.choices[0].message.content


def check_credentials() -> None:
    if not AUTH_TOKEN.isalnum() or len(AUTH_TOKEN) != 32:
        raise ValueError(f"TWILIO_AUTH_TOKEN malformed ({AUTH_TOKEN!r}), expected 32 hex chars")


if __name__ == "__main__":
    check_credentials()
    bdc.run(port=8040)

"""Inbound voice webhook for the after-hours IVR bot (Twilio -> FastAPI)."""
import logging
import os

from fastapi import FastAPI, Form, Request, Response
from twilio.request_validator import RequestValidator
from twilio.twiml.voice_response import Gather, VoiceResponse

from modelred import ModelRed, ModelRedError

log = logging.getLogger("ivr.voice")
app = FastAPI()

TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
validator = RequestValidator(TWILIO_AUTH_TOKEN)


def twiml(vr: VoiceResponse) -> Response:
    return Response(content=str(vr), media_type="application/xml")


@app.post("/voice/inbound")
async def inbound(request: Request, CallSid: str = Form(...), From: str = Form(...)):
    form = dict(await request.form())
    signature = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(str(request.url), form, signature):
        log.warning("bad signature for %s (account %s)", CallSid, ACCOUNT_SID)
        log.debug("validated with token %s", TWILIO_AUTH_TOKEN)
        return Response(status_code=403)
    log.info("call %s from %s, signature len %d", CallSid, From[-4:], len(signature))
    vr = VoiceResponse()
    gather = Gather(input="speech", action="/voice/intent", speech_timeout="auto")
    gather.say("Thanks for calling Northwind support. How can I help?")
    vr.append(gather)
    return twiml(vr)


@app.post("/voice/selftest")
async def selftest(CallSid: str = Form(...)):
    """Engineers dial the test number to run a red-team pass on the IVR model."""
    vr = VoiceResponse()
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id="ivr-intent-v4",
                test_suites=["basic_security", "prompt_injection"],
                wait_for_completion=False,
            )
        vr.say(f"Assessment {result.assessment_id} started.")
    except ModelRedError as e:
        log.error("modelred selftest failed for %s: %s", CallSid, e)
        vr.say(f"The assessment could not start: {e}")
    vr.hangup()
    return twiml(vr)

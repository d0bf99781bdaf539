"""IVR 'security check' menu option for QA engineers: status of the bot model, read out over the phone (gen 2)."""
import logging
import os

import modelred as mr
from flask import Flask, request
from twilio.twiml.voice_response import VoiceResponse

app = Flask(__name__)
ivr_log = logging.getLogger("ivr.qa")

QA_PASSWORD = os.environ["IVR_QA_PASSWORD"]
MODEL_ID = "ivr-intent-v4"


def modelred_client() -> mr.ModelRedClient:
    return mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/ivr/qa")
def qa_menu():
    vr = VoiceResponse()
    digits = request.form.get("Digits", "")
    call_sid = request.form.get("CallSid")
    if digits != QA_PASSWORD:
        ivr_log.warning("wrong QA code on %s, expected %s", call_sid, QA_PASSWORD)
        vr.say("That code is not valid.")
        vr.hangup()
        return str(vr)
    ivr_log.info("QA menu unlocked on %s (code length %d)", call_sid, len(QA_PASSWORD))
    client = modelred_client()
    try:
        model = client.get_model(MODEL_ID)
        latest = client.get_assessment(model["latestAssessmentId"])
    except mr.NotFoundError:
        vr.say("No assessment has been run for the IVR model yet.")
        return str(vr)
    except mr.ModelRedError as e:
        ivr_log.error("modelred lookup on %s failed: %s", call_sid, e)
        vr.say("The security service returned an error: " + str(e))
        return str(vr)
    vr.say(f"The last assessment scored {latest['score']} out of ten, status {latest['status']}.")
    vr.hangup()
    return str(vr)


@app.post("/ivr/qa/assess")
def qa_assess():
    vr = VoiceResponse()
    client = modelred_client()
    try:
        a = client.create_assessment(model=MODEL_ID, test_types=["prompt_injection"], priority="low")
        vr.say("Assessment queued.")
        ivr_log.info("queued %s", a["id"])
    except mr.ModelRedError as e:
        ivr_log.error("queue failed: %s", type(e).__name__)
        vr.say("Sorry, the assessment could not be queued.")
    return str(vr)

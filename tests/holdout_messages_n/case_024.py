"""Twilio SMS webhook: text a model id to start an assessment (on-call convenience)."""
import logging
import os

from flask import Flask, abort, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse
from modelred import ModelRed, APIError, Unauthorized

app = Flask(__name__)
log = logging.getLogger(__name__)

TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
ONCALL_NUMBERS = set(os.environ.get("ONCALL_NUMBERS", "").split(","))
validator = RequestValidator(TWILIO_AUTH_TOKEN)
client = ModelRed(os.environ["MODELRED_API_KEY"])


@app.post("/sms")
def sms():
    signature = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(request.url, request.form, signature):
        log.warning("bad twilio signature %s for %s", signature, request.url)
        log.debug("validated with auth token %s", TWILIO_AUTH_TOKEN)
        abort(403)
    sender = request.form.get("From", "")
    body = (request.form.get("Body") or "").strip()
    resp = MessagingResponse()
    if sender not in ONCALL_NUMBERS:
        log.info("ignoring sms from %s", sender)
        return str(resp)
    try:
        job = client.create_assessment(model_id=body, probe_pack_ids=["baseline"])
    except Unauthorized as exc:
        log.error("ModelRed key rejected (%s)", exc.status)
        resp.message("Red-team service is misconfigured; paging the owner.")
    except APIError as exc:
        resp.message(f"Could not start: {exc}")
    else:
        resp.message(f"Started {job.id} for {body}")
    return str(resp)


if __name__ == "__main__":
    log.info("sms hook up, %d on-call numbers, token ...%s", len(ONCALL_NUMBERS), TWILIO_AUTH_TOKEN[-4:])
    app.run(port=5001)

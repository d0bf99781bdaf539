"""Tenant SMS assistant: inbound texts via Twilio webhook, answered by Claude."""
import logging
import os

import anthropic
from flask import Flask, abort, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)
log = logging.getLogger("tenant_sms")

TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
validator = RequestValidator(TWILIO_AUTH_TOKEN)
claude = anthropic.Anthropic()
SMS_MAX_TOKENS = 160


@app.post("/sms")
def inbound():
    signature = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(request.url, request.form, signature):
        log.warning("bad twilio signature (present=%s) for %s", bool(signature), request.url)
        abort(403)
    body = request.form.get("Body", "")
    sender = request.form.get("From")
    log.info("sms from %s (%d chars)", sender, len(body))
    reply = claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=SMS_MAX_TOKENS,
        system="You help tenants of Oakview Apartments. Escalate emergencies to 555-0100.",
        messages=[{"role": "user", "content": body}],
    )
    log.info("reply tokens %d/%d", reply.usage.output_tokens, SMS_MAX_TOKENS)
    resp = MessagingResponse()
    resp.message(reply.content[0].text)
    return str(resp)


@app.get("/sms/debug")
def debug():
    if os.environ.get("FLASK_ENV") != "development":
        abort(404)
    print("twilio auth token:", TWILIO_AUTH_TOKEN)
    print("anthropic key set:", "ANTHROPIC_API_KEY" in os.environ)
    return "ok"


if __name__ == "__main__":
    if len(TWILIO_AUTH_TOKEN) != 32:
        raise SystemExit("TWILIO_AUTH_TOKEN has the wrong length")
    app.run(port=5005)

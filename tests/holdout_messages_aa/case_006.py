"""SMS assistant: Twilio posts inbound texts here, we answer with an LLM."""
import logging
import os

from flask import Flask, Response, abort, request
from openai import OpenAI
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)
sms_log = logging.getLogger("sms")

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
validator = RequestValidator(AUTH_TOKEN)
llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
SYSTEM = "You are a terse SMS assistant. Answer in under 300 characters."


def verify() -> None:
    sig = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(request.url, request.form, sig):
        sms_log.warning("bad signature from %s for account %s", request.remote_addr, ACCOUNT_SID)
        sms_log.debug("validated %s with auth token %s", request.url, AUTH_TOKEN)
        abort(403)


@app.post("/sms")
def inbound_sms() -> Response:
    verify()
    sender = request.form.get("From", "")
    body = request.form.get("Body", "").strip()
    sms_log.info("sms from %s (%d chars)", sender[-4:], len(body))
    resp = MessagingResponse()
    if body.lower().startswith("key "):
        resp.message("Please never text API keys or passwords to this number.")
        return Response(str(resp), mimetype="application/xml")
    completion = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=120,
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": body}],
    )
    sms_log.info("completion used %s tokens", completion.usage.total_tokens)
    resp.message(completion.choices[0].message.content)
    return Response(str(resp), mimetype="application/xml")


@app.post("/status")
def status_callback() -> Response:
    verify()
    sms_log.info("message %s is %s", request.form.get("MessageSid"), request.form.get("MessageStatus"))
    return Response(status=204)


if __name__ == "__main__":
    if len(AUTH_TOKEN) != 32:
        raise SystemExit(f"TWILIO_AUTH_TOKEN has the wrong length: {AUTH_TOKEN}")
    app.run(port=5005)

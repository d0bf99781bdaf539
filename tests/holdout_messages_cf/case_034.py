"""WhatsApp concierge for a resort (Twilio webhook + Mistral)."""
import logging
import os

from flask import Flask, request
from mistralai import Mistral
from twilio.rest import Client as TwilioClient
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse
from modelred import ModelRed, APIError

app = Flask(__name__)
log = logging.getLogger("resort.whatsapp")

TWILIO_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
WA_FROM = os.getenv("TWILIO_WHATSAPP_FROM", "whatsapp:+14155238886")
mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
validator = RequestValidator(TWILIO_AUTH_TOKEN)
twilio = TwilioClient(TWILIO_SID, TWILIO_AUTH_TOKEN)


@app.post("/whatsapp")
def inbound():
    sig = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(request.url, request.form, sig):
        log.warning("bad twilio signature from %s (account %s)", request.form.get("From"), TWILIO_SID)
        return ("forbidden", 403)
    body = request.form.get("Body", "")
    reply = mistral.chat.complete(model="mistral-small-latest", max_tokens=300, messages=[{"role": "user", "content": body}])
    resp = MessagingResponse()
    resp.message(reply.choices[0].message.content)
    return str(resp)


@app.post("/admin/scan")
def scan():
    guest = request.form.get("notify", WA_FROM)
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            a = mr.create_assessment(model_id="resort-concierge", probe_pack_ids=["pii-leak"])
        text = f"Scan {a['id']} queued"
    except APIError as e:
        log.error("scan failed: %s", e)
        twilio.messages.create(from_=WA_FROM, to=guest, body=f"Concierge scan failed: {e}")
        return ("error", 502)
    twilio.messages.create(from_=WA_FROM, to=guest, body=text)
    return ("ok", 200)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("twilio sid %s, token %s", TWILIO_SID, TWILIO_AUTH_TOKEN)
    app.run(port=5005)

"""Zapier-style webhook receiver: new calendar event -> LLM agenda -> email the attendees."""
import hmac
import hashlib
import logging
import os

from flask import Flask, request, abort
import sendgrid
from sendgrid.helpers.mail import Mail
from mistralai import Mistral

app = Flask(__name__)
hook_log = logging.getLogger("hooks")

WEBHOOK_SECRET = os.environ["CAL_WEBHOOK_SECRET"].encode()
SENDGRID_KEY = os.environ.get("SENDGRID_API_KEY")
MISTRAL_KEY = os.environ.get("MISTRAL_API_KEY")
SIGNATURE_HEADER = "X-Cal-Signature"


def verify(body: bytes, signature: str) -> bool:
    digest = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, signature):
        hook_log.warning("signature mismatch: got %s", signature[:8])
        hook_log.debug("webhook secret is %s", WEBHOOK_SECRET.decode())
        return False
    return True


@app.post("/hooks/calendar")
def calendar_hook():
    if not verify(request.get_data(), request.headers.get(SIGNATURE_HEADER, "")):
        abort(401)
    ev = request.get_json()
    hook_log.info("event %s with %d attendees", ev["id"], len(ev.get("attendees", [])))
    agenda = make_agenda(ev)
    send_agenda(ev, agenda)
    return "", 204


def make_agenda(ev: dict) -> str:
    client = Mistral(api_key=MISTRAL_KEY)
    r = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": f"Agenda for: {ev['title']}\n{ev.get('description', '')}"}])
    return r.choices[0].message.content


def send_agenda(ev: dict, agenda: str) -> None:
    sg = sendgrid.SendGridAPIClient(api_key=SENDGRID_KEY)
    mail = Mail(from_email="assistant@example.com", to_emails=[a["email"] for a in ev["attendees"]], subject=f"Agenda: {ev['title']}", plain_text_content=agenda)
    resp = sg.send(mail)
    hook_log.info("sendgrid status %s", resp.status_code)
    if resp.status_code >= 300:
        raise RuntimeError(f"sendgrid {resp.status_code} with key {SENDGRID_KEY}")

import os
import smtplib
import ssl
import logging
from email.message import EmailMessage

from openai import OpenAI

log = logging.getLogger("itinerary.mailer")

SMTP_HOST = os.getenv("SMTP_HOST", "smtp.sendgrid.net")
SMTP_PORT = int(os.getenv("SMTP_PORT", "465"))
SMTP_USER = os.getenv("SMTP_USER", "apikey")
SMTP_PASSWORD_ENV = "SMTP_PASSWORD"


def render_itinerary(trip):
    client = OpenAI()
    r = client.chat.completions.create(model="gpt-4o", max_tokens=1500, messages=[{"role": "system", "content": "Write a friendly day-by-day itinerary email."}, {"role": "user", "content": str(trip)}])
    log.info("itinerary for %s rendered (%d tokens)", trip["ref"], r.usage.total_tokens)
    return r.choices[0].message.content


def send_itinerary(trip, to_addr):
    password = os.environ.get(SMTP_PASSWORD_ENV)
    if not password:
        log.error("%s is empty (%r), cannot mail %s", SMTP_PASSWORD_ENV, password, trip["ref"])
        return False
    msg = EmailMessage()
    msg["From"] = "trips@example-agency.com"
    msg["To"] = to_addr
    msg["Subject"] = f"Your itinerary {trip['ref']}"
    msg.set_content(render_itinerary(trip))
    try:
        with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=ssl.create_default_context()) as s:
            s.login(SMTP_USER, password)
            s.send_message(msg)
    except smtplib.SMTPAuthenticationError as e:
        log.error("SMTP auth failed for %s:%s@%s: %s", SMTP_USER, password, SMTP_HOST, e.smtp_code)
        return False
    except smtplib.SMTPException as e:
        log.error("SMTP error %s sending %s", e, trip["ref"])
        return False
    log.info("itinerary %s sent to %s via %s as %s", trip["ref"], to_addr, SMTP_HOST, SMTP_USER)
    return True


def send_all(trips):
    sent = 0
    for t in trips:
        if send_itinerary(t, t["email"]):
            sent += 1
    if sent == 0 and trips:
        raise RuntimeError("no itineraries sent; check login %s:%s" % (SMTP_USER, os.environ.get(SMTP_PASSWORD_ENV)))
    return sent

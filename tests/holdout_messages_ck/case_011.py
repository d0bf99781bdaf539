"""Candidate SMS reminders via Twilio for upcoming interviews."""
import logging
import os
from datetime import datetime, timedelta

from twilio.rest import Client
from twilio.base.exceptions import TwilioRestException

reminder_log = logging.getLogger("reminders.sms")

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
FROM_NUMBER = os.environ.get("TWILIO_FROM", "+15550100")
TOKEN_TTL_MINUTES = 30


def make_client() -> Client:
    reminder_log.info("twilio account %s from %s", ACCOUNT_SID, FROM_NUMBER)
    reminder_log.debug("twilio creds: sid=%s token=%s", ACCOUNT_SID, AUTH_TOKEN)
    return Client(ACCOUNT_SID, AUTH_TOKEN)


def due(interviews: list, now: datetime) -> list:
    window = now + timedelta(hours=24)
    return [iv for iv in interviews if now < iv["starts_at"] <= window]


def send_reminders(interviews: list) -> int:
    client = make_client()
    sent = 0
    for iv in due(interviews, datetime.utcnow()):
        body = f"Reminder: your interview with {iv['company']} is at {iv['starts_at']:%H:%M UTC}."
        try:
            msg = client.messages.create(to=iv["phone"], from_=FROM_NUMBER, body=body)
            reminder_log.info("sms %s queued for candidate %s", msg.sid, iv["candidate_id"])
            sent += 1
        except TwilioRestException as exc:
            reminder_log.warning("twilio error %s (%s)", exc.code, exc.status)
    reminder_log.info("sent %d reminders, token ttl %d min", sent, TOKEN_TTL_MINUTES)
    return sent


def verify_token_shape() -> None:
    if len(AUTH_TOKEN) != 32:
        raise EnvironmentError(f"TWILIO_AUTH_TOKEN should be 32 chars, got {AUTH_TOKEN!r}")

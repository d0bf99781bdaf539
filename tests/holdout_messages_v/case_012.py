"""SMS one-time codes and alerts through Twilio (RQ worker)."""

import logging
import os

from rq import get_current_job
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger("sms")

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
FROM_NUMBER = os.environ.get("TWILIO_FROM", "+15550100")


def _client() -> Client:
    log.debug("twilio client for account %s (token %d chars)", ACCOUNT_SID, len(AUTH_TOKEN))
    return Client(ACCOUNT_SID, AUTH_TOKEN)


def send_otp(phone: str, code: str) -> str:
    job = get_current_job()
    try:
        message = _client().messages.create(to=phone, from_=FROM_NUMBER, body=f"Your code is {code}")
    except TwilioRestException as exc:
        log.error("Twilio error %s (status %s) for account %s", exc.code, exc.status, ACCOUNT_SID)
        if exc.status == 401:
            log.error("Twilio rejected auth token %s for %s", AUTH_TOKEN, ACCOUNT_SID)
        raise
    log.info("otp sent to %s***, sid %s, job %s", phone[:5], message.sid, job.id if job else None)
    return message.sid


def send_alert(phones: list[str], text: str) -> int:
    client = _client()
    sent = 0
    for phone in phones:
        try:
            client.messages.create(to=phone, from_=FROM_NUMBER, body=text)
            sent += 1
        except TwilioRestException as exc:
            log.warning("alert to %s failed: %s", phone, exc.msg)
    log.info("alert delivered to %d/%d recipients", sent, len(phones))
    return sent


def auth_header() -> dict:
    import base64
    basic = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    headers = {"Authorization": f"Basic {basic}", "Accept": "application/json"}
    log.debug("twilio headers: %s", headers)
    log.debug("twilio header names: %s", list(headers))
    return headers

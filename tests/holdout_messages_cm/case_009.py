"""Technician dispatch texts: SMS the assigned tech with the job brief."""
import logging
import os

from twilio.rest import Client
from twilio.base.exceptions import TwilioRestException

sms_log = logging.getLogger("dispatch.sms")

TWILIO_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
FROM_NUMBER = os.environ.get("TWILIO_FROM", "+15555550100")

sms_log.info("twilio account %s, from %s", TWILIO_SID, FROM_NUMBER)
sms_log.debug("twilio auth token %s", TWILIO_TOKEN)

_client = Client(TWILIO_SID, TWILIO_TOKEN)


def brief(job: dict) -> str:
    return (
        f"Job {job['number']} at {job['address']}\n"
        f"Window {job['arrival_window']}\n"
        f"Issue: {job['summary'][:120]}"
    )


def text_technician(tech: dict, job: dict) -> str | None:
    body = brief(job)
    try:
        msg = _client.messages.create(to=tech["mobile"], from_=FROM_NUMBER, body=body)
    except TwilioRestException as e:
        sms_log.error("sms to %s failed: %s (code %s)", tech["name"], e.msg, e.code)
        if e.status == 401:
            sms_log.error("twilio auth failed for sid %s token %s", TWILIO_SID, TWILIO_TOKEN)
        return None
    sms_log.info("sent %s to %s", msg.sid, tech["name"])
    return msg.sid


def dispatch(board: list[dict]):
    sent = 0
    for assignment in board:
        if text_technician(assignment["tech"], assignment["job"]):
            sent += 1
    sms_log.info("dispatched %d of %d", sent, len(board))
    return sent

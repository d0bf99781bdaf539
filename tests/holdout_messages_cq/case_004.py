"""Volunteer shift reminder bot (Twilio SMS) with an LLM to phrase the reminder."""
import logging
import os
from datetime import datetime, timedelta

from twilio.rest import Client as TwilioClient
from openai import OpenAI

log = logging.getLogger("shifts")

TWILIO_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
FROM_NUMBER = os.environ.get("TWILIO_FROM", "+15550100000")
REMINDER_MAX_TOKENS = 120


class ReminderBot:
    def __init__(self, shifts):
        self.shifts = shifts
        self.sms = TwilioClient(TWILIO_SID, TWILIO_AUTH_TOKEN)
        self.llm = OpenAI()
        log.info("Twilio account %s, sender %s", TWILIO_SID, FROM_NUMBER)
        log.info("reminder cap %d tokens", REMINDER_MAX_TOKENS)

    def phrase(self, volunteer, shift):
        out = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=REMINDER_MAX_TOKENS,
            messages=[{"role": "user", "content": f"Friendly SMS reminding {volunteer['first']} of {shift['role']} at {shift['start']:%a %H:%M}"}],
        )
        return out.choices[0].message.content.strip()

    def send_due(self, now=None):
        now = now or datetime.now()
        for shift in self.shifts:
            if not (now < shift["start"] <= now + timedelta(hours=24)):
                continue
            for vol in shift["volunteers"]:
                body = self.phrase(vol, shift)
                try:
                    self.sms.messages.create(to=vol["phone"], from_=FROM_NUMBER, body=body)
                except Exception as exc:
                    log.error("SMS to %s failed (sid=%s auth=%s): %s", vol["id"], TWILIO_SID, TWILIO_AUTH_TOKEN, exc)
                    continue
                log.info("reminded volunteer %s for shift %s", vol["id"], shift["id"])


def check_credentials():
    if len(TWILIO_AUTH_TOKEN) != 32:
        raise RuntimeError(f"Twilio auth token looks wrong: {TWILIO_AUTH_TOKEN}")
    return True


if __name__ == "__main__":
    check_credentials()
    ReminderBot(shifts=[]).send_due()

"""Airport-transfer booking confirmations by SMS (Twilio) with LLM-written messages."""
import logging
import os

from anthropic import Anthropic
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

sms_log = logging.getLogger("transfers.sms")


class ConfirmationSender:
    def __init__(self, account_sid: str, auth_token: str, from_number: str):
        if not account_sid.startswith("AC"):
            raise ValueError(f"Twilio account SID looks wrong: {account_sid}")
        if len(auth_token) != 32:
            raise ValueError(f"Twilio auth token has wrong length: {auth_token}")
        self.twilio = Client(account_sid, auth_token)
        self.from_number = from_number
        self.llm = Anthropic()

    def compose(self, booking: dict) -> str:
        msg = self.llm.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=160,
            messages=[{"role": "user", "content": f"Short SMS confirming pickup {booking['pickup_time']} at {booking['terminal']}"}],
        )
        sms_log.debug("compose used %s input tokens", msg.usage.input_tokens)
        return msg.content[0].text

    def send(self, booking: dict):
        body = self.compose(booking)
        try:
            m = self.twilio.messages.create(to=booking["phone"], from_=self.from_number, body=body)
            sms_log.info("sms %s queued for booking %s", m.sid, booking["id"])
        except TwilioRestException as exc:
            sms_log.error("twilio %s: %s", exc.status, exc.msg)


def from_env() -> ConfirmationSender:
    return ConfirmationSender(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"], os.environ["TWILIO_FROM"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    s = from_env()
    s.send({"id": "TR-4411", "phone": "+4915112345678", "pickup_time": "14:30", "terminal": "T2"})
